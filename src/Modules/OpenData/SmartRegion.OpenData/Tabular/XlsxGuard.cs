using System.IO.Compression;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Checks an XLSX file (a zip) before a reader touches it: at most so many entries, and the entries' uncompressed
/// bytes counted while actually decompressing them (the sizes the zip declares can lie), stopping at the limit. A zip
/// bomb is refused after reading no more than the limit.
/// </summary>
internal static class XlsxGuard
{
    public static void Check(string path, TabularOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > options.MaxXlsxEntries)
            {
                throw TabularLoadException.Because("ZipEntries", zip.Entries.Count, options.MaxXlsxEntries);
            }

            if (zip.Entries.Sum(e => e.Length) > options.MaxXlsxUncompressedBytes)
            {
                throw TabularLoadException.Because("ZipTooLarge", Megabytes(options.MaxXlsxUncompressedBytes));
            }

            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var data = entry.Open();
                int read;
                while ((read = data.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > options.MaxXlsxUncompressedBytes)
                    {
                        throw TabularLoadException.Because("ZipTooLarge", Megabytes(options.MaxXlsxUncompressedBytes));
                    }
                }
            }
        }
        catch (Exception e) when (XlsxRows.Damaged(e))
        {
            // A damaged zip directory or entry header surfaces as InvalidDataException, but also as IOException,
            // NotSupportedException or ArgumentException (a bad name, offset or compression method).
            throw TabularLoadException.Because(e, "NotXlsx");
        }
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
