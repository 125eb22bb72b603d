using System.Runtime.CompilerServices;

namespace SmartRegion.Kernel.Files;

/// <summary>
/// The files in a folder of this node, by default the data folder: a key is the path below it
/// (<c>opendata/files/{dataset}/{distribution}</c>, as the platform has always laid its files out). A write goes to a
/// temporary file in <c>.files-tmp</c> beside them and is renamed into place when it is complete — a rename on one file
/// system, so readers see the old object or the whole new one.
/// </summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    /// <summary>The folder under the root that holds writes in progress; no key starts with a dot folder of the store's own.</summary>
    public const string TemporaryFolder = ".files-tmp";

    private readonly string _root = Path.GetFullPath(root);

    /// <summary>The folder the keys are paths in.</summary>
    public string Root => _root;

    /// <summary>The file of a key (whether or not it exists).</summary>
    public string PathOf(string key) => Path.Combine(_root, FileKeys.Check(key).Replace('/', Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public async Task<StoredFile?> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var target = PathOf(key);
        var temporary = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, TemporaryFolder)).FullName, Guid.NewGuid().ToString("N"));
        try
        {
            if (await LimitedCopy.ToFileAsync(content, temporary, maxBytes, cancellationToken) is not { } written)
            {
                return null;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temporary, target, overwrite: true);
            return new StoredFile(key, written.Length, written.Sha256);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                LimitedCopy.Delete(temporary);
            }
        }
    }

    /// <inheritdoc />
    public Task<StoredFileContent?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var stream = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            return Task.FromResult<StoredFileContent?>(new StoredFileContent(stream, stream.Length));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<StoredFileContent?>(null);
        }
    }

    /// <inheritdoc />
    public Task<StoredFileInfo?> GetInfoAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(key));
        return Task.FromResult(file.Exists ? new StoredFileInfo(key, file.Length, file.LastWriteTimeUtc) : null);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredFileInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileKeys.CheckPrefix(prefix);
        var slash = prefix.LastIndexOf('/');
        var folder = slash < 0 ? _root : Path.Combine(_root, prefix[..slash].Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var keys = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !k.StartsWith(TemporaryFolder + "/", StringComparison.Ordinal) && FileKeys.IsValid(k))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await GetInfoAsync(key, cancellationToken) is { } info)
            {
                yield return info;
            }
        }
    }
}
