using System.Security.Cryptography;

namespace SmartRegion.Kernel.Files;

/// <summary>Copies a stream into a new file while counting and hashing it, and stops at a size limit.</summary>
internal static class LimitedCopy
{
    private const int BufferSize = 81920;

    /// <summary>Size and SHA-256 of what was copied, or null when it passed <paramref name="maxBytes"/> (the file is then partial: delete it).</summary>
    public static async Task<(long Length, string Sha256)?> ToFileAsync(Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > maxBytes)
            {
                return null;
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await target.FlushAsync(cancellationToken);
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>Deletes a temporary file; one that cannot be deleted now is left under its temporary name, which is never read.</summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
