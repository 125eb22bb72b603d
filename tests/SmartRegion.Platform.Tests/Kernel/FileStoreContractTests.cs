using System.Security.Cryptography;
using SmartRegion.Kernel.Files;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Kernel;

/// <summary>
/// What every <see cref="IFileStore"/> promises, run against the local store and against the S3 store on a real
/// S3-compatible server: content and hash, the size limit, atomic publishing (nothing visible during a write, nothing
/// left after a failed or too large one), reading back, deleting and listing. Each test works under a prefix of its own.
/// </summary>
public abstract class FileStoreContract
{
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..12] + "/";

    /// <summary>The store under test; skips (or fails under CI) when it cannot run here.</summary>
    protected abstract IFileStore Store { get; }

    /// <summary>Temporary files the store has left in its node's folder.</summary>
    protected abstract IEnumerable<string> Leftovers();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Key(string name) => _prefix + name;

    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    private async Task<byte[]?> ReadAsync(string key)
    {
        await using var content = await Store.OpenReadAsync(key, Ct);
        if (content is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await content.Stream.CopyToAsync(copy, Ct);
        Assert.Equal(content.Length, copy.Length);
        return copy.ToArray();
    }

    private async Task<List<string>> KeysAsync(string prefix)
    {
        var keys = new List<string>();
        await foreach (var item in Store.ListAsync(prefix, Ct))
        {
            keys.Add(item.Key);
        }

        return keys;
    }

    [Fact]
    public async Task a_written_stream_reads_back_the_same_with_its_size_and_sha256()
    {
        var bytes = Bytes(300_000);

        var stored = await Store.WriteAsync(Key("a/original.csv"), new OneWayStream(bytes), 300_000, Ct);

        Assert.NotNull(stored);
        Assert.Equal(300_000, stored.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(bytes, await ReadAsync(Key("a/original.csv")));
        var info = await Store.GetInfoAsync(Key("a/original.csv"), Ct);
        Assert.Equal(300_000, info?.Length);
        Assert.Empty(Leftovers());
    }

    [Fact]
    public async Task a_write_over_the_size_limit_stores_nothing_and_leaves_nothing_behind()
    {
        var stored = await Store.WriteAsync(Key("too-large"), new OneWayStream(Bytes(100_001)), 100_000, Ct);

        Assert.Null(stored);
        Assert.Null(await Store.GetInfoAsync(Key("too-large"), Ct));
        Assert.Null(await ReadAsync(Key("too-large")));
        Assert.Empty(await KeysAsync(_prefix));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public async Task a_write_that_fails_half_way_leaves_no_object_and_keeps_the_one_before()
    {
        var before = Bytes(1000);
        await Store.WriteAsync(Key("kept"), new MemoryStream(before), long.MaxValue, Ct);

        await Assert.ThrowsAsync<IOException>(() => Store.WriteAsync(Key("kept"), new OneWayStream(Bytes(200_000), failAfter: 100_000), long.MaxValue, Ct));
        await Assert.ThrowsAsync<IOException>(() => Store.WriteAsync(Key("never"), new OneWayStream(Bytes(200_000), failAfter: 100_000), long.MaxValue, Ct));

        Assert.Equal(before, await ReadAsync(Key("kept")));
        Assert.Null(await Store.GetInfoAsync(Key("never"), Ct));
        Assert.Equal([Key("kept")], await KeysAsync(_prefix));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public async Task an_object_being_written_is_not_visible_until_it_is_complete()
    {
        var bytes = Bytes(200_000);
        var stream = new OneWayStream(bytes, pauseAfter: 100_000);

        var writing = Store.WriteAsync(Key("growing"), stream, long.MaxValue, Ct);
        await stream.Paused.Task.WaitAsync(Ct);

        Assert.Null(await Store.GetInfoAsync(Key("growing"), Ct));
        Assert.Null(await ReadAsync(Key("growing")));
        Assert.Empty(await KeysAsync(_prefix));

        stream.Resume.SetResult();
        var stored = await writing;

        Assert.Equal(200_000, stored?.Length);
        Assert.Equal(bytes, await ReadAsync(Key("growing")));
    }

    [Fact]
    public async Task a_deleted_object_is_gone_and_deleting_it_again_is_harmless()
    {
        await Store.WriteAsync(Key("gone"), new MemoryStream(Bytes(10)), long.MaxValue, Ct);

        await Store.DeleteAsync(Key("gone"), Ct);
        await Store.DeleteAsync(Key("gone"), Ct);

        Assert.Null(await Store.GetInfoAsync(Key("gone"), Ct));
        Assert.Null(await ReadAsync(Key("gone")));
        Assert.Empty(await KeysAsync(_prefix));
    }

    [Fact]
    public async Task listing_by_prefix_gives_the_matching_keys_in_order()
    {
        foreach (var name in new[] { "b/1", "a/2", "a/1", "ab/3", "a/sub/4" })
        {
            await Store.WriteAsync(Key(name), new MemoryStream(Bytes(name.Length)), long.MaxValue, Ct);
        }

        Assert.Equal([Key("a/1"), Key("a/2"), Key("a/sub/4")], await KeysAsync(Key("a/")));
        Assert.Equal([Key("a/1"), Key("a/2"), Key("a/sub/4"), Key("ab/3")], await KeysAsync(Key("a")));
        Assert.Equal(5, (await KeysAsync(_prefix)).Count);
        Assert.Empty(await KeysAsync(Key("c/")));
        await foreach (var item in Store.ListAsync(Key("a/sub/"), Ct))
        {
            Assert.Equal("a/sub/4".Length, item.Length);
        }
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("/absolute")]
    [InlineData("a//b")]
    [InlineData("a/../../b")]
    [InlineData("a\\b")]
    [InlineData("")]
    public async Task a_key_that_could_leave_the_store_is_refused(string key)
    {
        _ = Store;
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(key, new MemoryStream([1]), 10, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key, Ct));
    }

    /// <summary>Hands out its bytes in small reads without seeking (as a request body does), and can fail or pause part-way.</summary>
    private sealed class OneWayStream(byte[] bytes, int failAfter = -1, int pauseAfter = -1) : Stream
    {
        private int _position;

        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position == failAfter)
            {
                throw new IOException("The connection was lost.");
            }

            if (_position == pauseAfter && !Resume.Task.IsCompleted)
            {
                Paused.TrySetResult();
                await Resume.Task.WaitAsync(cancellationToken);
            }

            var limit = new[] { bytes.Length, failAfter, pauseAfter }.Where(l => l > _position).DefaultIfEmpty(bytes.Length).Min();
            var count = Math.Min(Math.Min(buffer.Length, 8192), limit - _position);
            bytes.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>The contract on the data folder of a node.</summary>
public sealed class LocalFileStoreTests : FileStoreContract, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "smartregion-files-" + Guid.NewGuid().ToString("N"));

    protected override IFileStore Store => field ??= new LocalFileStore(_root);

    protected override IEnumerable<string> Leftovers() =>
        Directory.Exists(Path.Combine(_root, LocalFileStore.TemporaryFolder)) ? Directory.EnumerateFiles(Path.Combine(_root, LocalFileStore.TemporaryFolder)) : [];

    [Fact]
    public async Task a_key_is_the_path_below_the_data_folder_as_files_have_always_been_laid_out()
    {
        var store = new LocalFileStore(_root);
        var path = Path.Combine(_root, "opendata", "files", "abc", "def");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "Gemeinde;Wert\n", TestContext.Current.CancellationToken);

        await using var content = await store.OpenReadAsync("opendata/files/abc/def", TestContext.Current.CancellationToken);

        Assert.Equal(14, content?.Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

/// <summary>One S3-compatible server (s3rver) with one bucket for the S3 store's contract tests.</summary>
public sealed class S3StoreFixture : IAsyncLifetime
{
    public const string Bucket = "contract";

    internal S3TestServer? Server { get; private set; }

    internal string TemporaryFolder { get; } = Path.Combine(Path.GetTempPath(), "smartregion-s3-tmp-" + Guid.NewGuid().ToString("N"));

    internal S3FileStore? Store { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Server = await S3TestServer.StartAsync(Bucket);
        Store = Server is null ? null : new S3FileStore(Server.Options(Bucket), TemporaryFolder);
    }

    public async ValueTask DisposeAsync()
    {
        Store?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (Directory.Exists(TemporaryFolder))
        {
            Directory.Delete(TemporaryFolder, recursive: true);
        }
    }
}

/// <summary>The contract on an S3-compatible server.</summary>
public sealed class S3FileStoreTests(S3StoreFixture fixture) : FileStoreContract, IClassFixture<S3StoreFixture>
{
    protected override IFileStore Store
    {
        get
        {
            S3TestServer.Require(fixture.Server);
            return fixture.Store!;
        }
    }

    protected override IEnumerable<string> Leftovers() =>
        Directory.Exists(fixture.TemporaryFolder) ? Directory.EnumerateFiles(fixture.TemporaryFolder) : [];
}
