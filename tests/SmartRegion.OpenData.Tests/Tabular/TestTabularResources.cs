using System.Collections.Concurrent;
using System.Security.Cryptography;
using SmartRegion.Kernel.Files;
using SmartRegion.OpenData.Tabular;

namespace SmartRegion.OpenData.Tests.Tabular;

/// <summary>Stands in for the catalogue: resources whose original files the tests write into the host's (local) file store.</summary>
internal sealed class TestTabularResources
{
    private readonly ConcurrentDictionary<string, TabularResourceFile> _files = new();

    /// <summary>The host's file store, the data folder.</summary>
    public LocalFileStore Store { get; set; } = new(Path.GetTempPath());

    public TabularResourceFile Add(byte[] content, string format = "CSV", string? id = null)
    {
        id ??= "res-" + Guid.NewGuid().ToString("N")[..12];
        var key = "originals/" + id + "." + format.ToLowerInvariant();
        var path = Store.PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        var file = new TabularResourceFile(id, key, format, Convert.ToHexStringLower(SHA256.HashData(content)));
        _files[id] = file;
        return file;
    }

    /// <summary>The file behind a resource's original.</summary>
    public string PathOf(TabularResourceFile file) => Store.PathOf(file.Key);

    public TabularResourceFile? Find(string id) => _files.GetValueOrDefault(id);

    /// <summary>The registration the host uses (the seam the catalogue implements).</summary>
    internal sealed class Seam(TestTabularResources files) : ITabularResources
    {
        public Task<TabularResourceFile?> FindAsync(string resourceId, CancellationToken ct) => Task.FromResult(files.Find(resourceId));
    }
}
