using System.Collections.Concurrent;
using System.Security.Cryptography;
using SmartRegion.OpenData.Tabular;

namespace SmartRegion.OpenData.Tests.Tabular;

/// <summary>Stands in for the catalogue: resources whose original files the tests write into the host's data folder.</summary>
internal sealed class TestTabularResources
{
    private readonly ConcurrentDictionary<string, TabularResourceFile> _files = new();

    public string Folder { get; set; } = Path.GetTempPath();

    public TabularResourceFile Add(byte[] content, string format = "CSV", string? id = null)
    {
        id ??= "res-" + Guid.NewGuid().ToString("N")[..12];
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, id + "." + format.ToLowerInvariant());
        File.WriteAllBytes(path, content);
        var file = new TabularResourceFile(id, path, format, Convert.ToHexStringLower(SHA256.HashData(content)));
        _files[id] = file;
        return file;
    }

    public TabularResourceFile? Find(string id) => _files.GetValueOrDefault(id);

    /// <summary>The registration the host uses (the seam the catalogue implements).</summary>
    internal sealed class Seam(TestTabularResources files) : ITabularResources
    {
        public Task<TabularResourceFile?> FindAsync(string resourceId, CancellationToken ct) => Task.FromResult(files.Find(resourceId));
    }
}
