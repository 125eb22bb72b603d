using System.Security.Cryptography;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>Every file under a data folder with its SHA-256, without the SQLite database and the derived folders.</summary>
internal static class DataFolderFiles
{
    public static SortedDictionary<string, string> Read(string dataPath)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dataPath, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(dataPath, file);
            if (!relative.StartsWith("smartregion.db", StringComparison.Ordinal))
            {
                using var stream = File.OpenRead(file);
                files[relative] = Convert.ToHexString(SHA256.HashData(stream));
            }
        }

        return files;
    }
}
