using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Files;
using SmartRegion.OpenData.Tabular;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Distributions;

/// <summary>Why an upload was refused.</summary>
internal enum UploadProblem
{
    None,
    Empty,
    TooLarge,
    UnknownType,
    ContentMismatch,
}

/// <summary>A file received and checked, waiting in this node's temporary folder until it is stored and its row saved.</summary>
internal sealed record ReceivedFile(string TempPath, FileType Type, long ByteSize, string Sha256);

/// <summary>
/// The distribution files in the platform's file store, under the keys <c>opendata/files/{dataset}/{distribution}</c>
/// (a distribution's <c>StoragePath</c> is the part after <c>opendata/</c>, so files of the data folder keep their
/// place). An upload is streamed to a temporary file of this node while it is hashed and counted; it is written to
/// the store only when it is complete, within the size limit and its content fits its type, and removed again when its
/// row cannot be saved. So a refused upload leaves neither file nor row.
/// </summary>
internal sealed class DistributionFiles(IOptions<StorageOptions> storage, IFileStore store, IOptions<TabularOptions> tabular, IStringLocalizer<TabularText> tabularText)
{
    /// <summary>The prefix of the module's keys; a <c>StoragePath</c> is the rest of the key.</summary>
    public const string KeyPrefix = "opendata/";

    /// <summary>How many rows of an uploaded table are read before it is accepted.</summary>
    public const int CheckedRows = 1000;

    private string Root => storage.Value.Folder("opendata");

    /// <summary>The file store key of a distribution's <c>StoragePath</c>.</summary>
    public static string Key(string storagePath)
    {
        ArgumentNullException.ThrowIfNull(storagePath);
        var key = KeyPrefix + storagePath.Replace('\\', '/');
        return FileKeys.IsValid(key) && storagePath.StartsWith("files/", StringComparison.Ordinal)
            ? key
            : throw new InvalidOperationException("A stored path left the module's files.");
    }

    /// <summary>The stored file of a distribution to read, or null when it is missing.</summary>
    public Task<StoredFileContent?> OpenAsync(string storagePath, CancellationToken cancellationToken) =>
        store.OpenReadAsync(Key(storagePath), cancellationToken);

    /// <summary>Size and time of the stored file, or null when it is missing.</summary>
    public Task<StoredFileInfo?> InfoAsync(string storagePath, CancellationToken cancellationToken) =>
        store.GetInfoAsync(Key(storagePath), cancellationToken);

    public async Task<(ReceivedFile? File, UploadProblem Problem)> ReceiveAsync(Stream content, string fileName, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = FileTypes.FromFileName(fileName);
        if (type is null)
        {
            return (null, UploadProblem.UnknownType);
        }

        var temp = Path.Combine(Directory.CreateDirectory(Path.Combine(Root, "tmp")).FullName, Guid.NewGuid().ToString("N"));
        var problem = UploadProblem.None;
        long size = 0;
        var head = new byte[FileTypes.HeadLength];
        var headLength = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        problem = UploadProblem.TooLarge;
                        break;
                    }

                    var copy = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, copy).CopyTo(head.AsSpan(headLength));
                    headLength += copy;
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (problem == UploadProblem.None && size == 0)
            {
                problem = UploadProblem.Empty;
            }
            else if (problem == UploadProblem.None && !FileTypes.ContentFits(type, head.AsSpan(0, headLength)))
            {
                problem = UploadProblem.ContentMismatch;
            }
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        if (problem != UploadProblem.None)
        {
            File.Delete(temp);
            return (null, problem);
        }

        return (new ReceivedFile(temp, type, size, Convert.ToHexStringLower(hash.GetHashAndReset())), UploadProblem.None);
    }

    /// <summary>
    /// Why a received CSV or XLSX file would not load as a table, read as the datastore reads it (its first
    /// <see cref="CheckedRows"/> rows); null when it loads or is no table. Told at upload, not at the first query.
    /// </summary>
    public string? TableProblem(ReceivedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!DistributionTables.IsTabular(file.Type.Code))
        {
            return null;
        }

        try
        {
            TabularLoader.Check(file.TempPath, file.Type.Code, tabular.Value, CheckedRows);
            return null;
        }
        catch (TabularLoadException e)
        {
            return TabularMessages.Load(e, tabularText);
        }
    }

    /// <summary>Writes a received file to the store and removes its temporary file; returns its <c>StoragePath</c>.</summary>
    public async Task<string> KeepAsync(ReceivedFile file, Guid datasetId, Guid distributionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var relative = "files/" + datasetId.ToString("N") + "/" + distributionId.ToString("N");
        StoredFile? stored;
        await using (var content = new FileStream(file.TempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
        {
            stored = await store.WriteAsync(Key(relative), content, file.ByteSize, cancellationToken);
        }

        if (stored is null || stored.Sha256 != file.Sha256)
        {
            // The temporary file changed under us: what was stored is not what was checked.
            await store.DeleteAsync(Key(relative), cancellationToken);
            throw new InvalidOperationException("A received file changed before it was stored.");
        }

        File.Delete(file.TempPath);
        return relative;
    }

    /// <summary>Removes a received file's temporary copy (a rooted path) or a stored file (a <c>StoragePath</c>); nothing when it is gone.</summary>
    public async Task DiscardAsync(string? tempOrStoragePath)
    {
        if (string.IsNullOrEmpty(tempOrStoragePath))
        {
            return;
        }

        if (Path.IsPathRooted(tempOrStoragePath))
        {
            File.Delete(tempOrStoragePath);
            return;
        }

        // Also when the request that stored it was cancelled: the file must not stay behind.
        await store.DeleteAsync(Key(tempOrStoragePath), CancellationToken.None);
    }

    /// <summary>Stores content the platform made itself (the demo files), with the same checks as an upload.</summary>
    public async Task<(ReceivedFile? File, UploadProblem Problem)> ReceiveAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        return await ReceiveAsync(stream, fileName, long.MaxValue, cancellationToken);
    }
}
