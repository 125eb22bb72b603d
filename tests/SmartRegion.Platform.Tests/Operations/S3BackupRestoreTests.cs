using System.Security.Cryptography;
using SmartRegion.Kernel.Files;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>
/// <c>backup</c> and <c>restore</c> with the file store on an S3-compatible server (s3rver): the bucket's objects go into
/// the backup and come back into another installation's empty bucket, equal to the first.
/// </summary>
public sealed class S3BackupRestoreTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "smartregion-s3-backup-" + Guid.NewGuid().ToString("N"));
    private readonly List<Installation> _installations = [];
    private S3TestServer? _s3;

    public async ValueTask InitializeAsync() => _s3 = await S3TestServer.StartAsync("source", "fresh");

    private async Task<Installation> NewAsync(string name, string bucket)
    {
        var installation = await Installation.CreateAsync(_root, name);
        _installations.Add(installation);
        foreach (var (key, value) in _s3!.Settings(bucket))
        {
            installation.Settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        return installation;
    }

    private async Task<SortedDictionary<string, string>> ObjectsAsync(string bucket)
    {
        using var store = new S3FileStore(_s3!.Options(bucket), Path.Combine(_root, "tmp"));
        var objects = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in store.ListAsync("", TestContext.Current.CancellationToken))
        {
            await using var content = await store.OpenReadAsync(item.Key, TestContext.Current.CancellationToken);
            objects[item.Key] = Convert.ToHexStringLower(await SHA256.HashDataAsync(content!.Stream, TestContext.Current.CancellationToken));
        }

        return objects;
    }

    [Fact]
    public async Task a_backup_keeps_the_buckets_objects_and_a_restore_puts_them_into_an_empty_bucket()
    {
        S3TestServer.Require(_s3);
        var source = await NewAsync("source", "source");
        var migrated = await source.RunAsync("migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Output);
        var backup = Path.Combine(_root, "backup");
        var written = await source.RunAsync("backup", backup);
        Assert.True(written.ExitCode == 0, written.Output);
        var fresh = await NewAsync("fresh", "fresh");

        var (exitCode, output) = await fresh.RunAsync("restore", backup);

        Assert.True(exitCode == 0, output);
        var objects = await ObjectsAsync("source");
        Assert.Contains(objects.Keys, k => k.StartsWith("opendata/files/", StringComparison.Ordinal));
        Assert.Equal(objects.Keys.Select(k => "objects/" + k), Directory.EnumerateFiles(Path.Combine(backup, "objects"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(backup, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(objects, await ObjectsAsync("fresh"));
        Assert.Equal(await source.TablesAsync(), await fresh.TablesAsync());
        Assert.False(Directory.Exists(Path.Combine(source.DataPath, "opendata", "files")));
        Assert.False(Directory.Exists(Path.Combine(fresh.DataPath, "opendata", "files")));

        // A fresh database and data folder, but a bucket that is not empty: refused before anything changes.
        var third = await NewAsync("third", "fresh");
        var refused = await third.RunAsync("restore", backup);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the file store already holds objects (opendata/files/", refused.Output, StringComparison.Ordinal);
        Assert.Empty(await third.TablesAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var installation in _installations)
        {
            await installation.DisposeAsync();
        }

        if (_s3 is not null)
        {
            await _s3.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
