namespace SmartRegion.Web.Platform.Backups;

/// <summary>One file of a backup, by its path relative to the backup folder (always with '/').</summary>
internal sealed record BackupFile(string Path, long Bytes, string Sha256)
{
    public static async Task<BackupFile> DescribeAsync(string folder, string relativePath, CancellationToken cancellationToken)
    {
        var full = System.IO.Path.Combine(folder, relativePath);
        return new BackupFile(relativePath.Replace('\\', '/'), new FileInfo(full).Length, await BackupManifest.Sha256Async(full, cancellationToken));
    }

    /// <summary>The file inside <paramref name="folder"/>, or null when the listed path would leave it.</summary>
    public string? FullPathIn(string folder)
    {
        var root = System.IO.Path.GetFullPath(folder);
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, Path));
        return System.IO.Path.IsPathRooted(Path) || !full.StartsWith(root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) ? null : full;
    }

    /// <summary>Why the file in the backup does not match its entry, or null when it does.</summary>
    public async Task<string?> ProblemAsync(string folder, CancellationToken cancellationToken)
    {
        if (FullPathIn(folder) is not { } full)
        {
            return $"The manifest names a file outside the backup folder: {Path}.";
        }

        if (!File.Exists(full))
        {
            return $"The backup is incomplete: {Path} is missing.";
        }

        if (new FileInfo(full).Length != Bytes || await BackupManifest.Sha256Async(full, cancellationToken) != Sha256)
        {
            return $"The backup is damaged: {Path} does not match its checksum in the manifest.";
        }

        return null;
    }
}
