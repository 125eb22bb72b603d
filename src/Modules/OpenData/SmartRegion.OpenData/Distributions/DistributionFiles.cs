using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Database;
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

/// <summary>A file received and checked, waiting in the temporary folder until its row is saved.</summary>
internal sealed record ReceivedFile(string TempPath, FileType Type, long ByteSize, string Sha256);

/// <summary>
/// The distribution files under <c>{DataPath}/opendata/files/</c>. An upload is streamed to a temporary file while it
/// is hashed and counted; it is moved into place only when it is complete, within the size limit and its content
/// fits its type, and removed again when its row cannot be saved. So a refused upload leaves neither file nor row.
/// </summary>
internal sealed class DistributionFiles(IOptions<StorageOptions> storage, IOptions<TabularOptions> tabular, IStringLocalizer<TabularText> tabularText)
{
    /// <summary>How many rows of an uploaded table are read before it is accepted.</summary>
    public const int CheckedRows = 1000;

    private string Root => storage.Value.Folder("opendata");

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
            TabularLoader.Check(new TabularResourceFile("upload", file.TempPath, file.Type.Code, file.Sha256), tabular.Value, CheckedRows);
            return null;
        }
        catch (TabularLoadException e)
        {
            return TabularMessages.Load(e, tabularText);
        }
    }

    /// <summary>Moves a received file to its place; returns the path relative to the module folder.</summary>
    public string Keep(ReceivedFile file, Guid datasetId, Guid distributionId)
    {
        ArgumentNullException.ThrowIfNull(file);
        var relative = Path.Combine("files", datasetId.ToString("N"), distributionId.ToString("N"));
        var target = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(file.TempPath, target);
        return relative.Replace('\\', '/');
    }

    public void Discard(string? tempOrRelativePath)
    {
        if (string.IsNullOrEmpty(tempOrRelativePath))
        {
            return;
        }

        var path = Path.IsPathRooted(tempOrRelativePath) ? tempOrRelativePath : FullPath(tempOrRelativePath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public string FullPath(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        return full.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException("A stored path left the module's folder.");
    }

    /// <summary>Stores content the platform made itself (the demo files), with the same checks as an upload.</summary>
    public async Task<(ReceivedFile? File, UploadProblem Problem)> ReceiveAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        return await ReceiveAsync(stream, fileName, long.MaxValue, cancellationToken);
    }
}
