namespace SmartRegion.Web.Platform.Backups;

/// <summary>
/// The files under the data path that a backup keeps: uploads and originals of distributions, keys, audit checkpoints,
/// stored mails (with the local file store, its objects are such files). Left out: the SQLite database (copied through
/// the backup API instead), what each node derives again from the database and the originals — the help search index
/// and the DuckDB copies of tabular files — and temporary files of writes in progress.
/// </summary>
internal static class DataFiles
{
    /// <summary>Folders of derived files and of writes in progress, relative to the data path.</summary>
    public static readonly string[] Derived =
        [Path.Combine("help", "index"), Path.Combine("opendata", "tabular"), Path.Combine("opendata", "tmp"), SmartRegion.Kernel.Files.LocalFileStore.TemporaryFolder];

    /// <summary>Audit checkpoints are copied before the database, so the database holds every entry a checkpoint names.</summary>
    public static readonly string AuditFolder = "audit";

    /// <summary>Every kept file, as paths relative to <paramref name="dataPath"/>.</summary>
    public static IReadOnlyList<string> List(string dataPath, string? sqliteFile)
    {
        if (!Directory.Exists(dataPath))
        {
            return [];
        }

        var root = Path.GetFullPath(dataPath);
        var derived = Derived.Select(d => Path.Combine(root, d) + Path.DirectorySeparatorChar).ToList();
        var database = sqliteFile is null ? null : Path.GetFullPath(sqliteFile);
        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !derived.Any(d => f.StartsWith(d, StringComparison.Ordinal)))
            .Where(f => database is null || !f.StartsWith(database, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)];
    }

    public static bool IsAudit(string relativePath) =>
        relativePath.StartsWith(AuditFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
