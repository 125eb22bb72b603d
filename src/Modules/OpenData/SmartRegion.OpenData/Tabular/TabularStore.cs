using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Files;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// The queryable copies of tabular resources: one DuckDB file per resource and checksum under
/// <c>{data}/opendata/tabular</c>, built when missing from the original in the file store (downloaded into a temporary
/// file of this node first, checked against its size limit and checksum, and deleted after the build). A build writes a temporary file and
/// renames it into place only when it succeeded, so a failed load leaves nothing behind and a reader never sees half a
/// table. Every node can build its own copy from the shared original; a copy named by an old checksum is simply no
/// longer asked for. Copies are opened read-only, so several processes can read one file.
/// </summary>
[NodeLocalState]
internal sealed partial class TabularStore(IOptions<TabularOptions> options, IOptions<StorageOptions> storage, IFileStore originals, ILogger<TabularStore> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Opened>> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TabularLoadException> _failed = new(StringComparer.Ordinal);

    // The root connection stays open so that DuckDB.NET keeps the database instance; a query opens its own connection
    // with the same connection string, which DuckDB.NET serves from that instance.
    private sealed record Opened(DuckDBConnection Root, string ConnectionString, IReadOnlyList<TabularField> Fields, IReadOnlyDictionary<string, string> Meta);

    public string Folder => storage.Value.Folder(Path.Combine("opendata", "tabular"));

    public string PathFor(TabularResourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var id = SafeId().IsMatch(file.ResourceId) ? file.ResourceId : Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(file.ResourceId)))[..32];
        var sha = HexOnly().Replace(file.Sha256.ToLowerInvariant(), "");
        return Path.Combine(Folder, $"{id}-{sha[..Math.Min(sha.Length, 64)]}.duckdb");
    }

    /// <summary>Opens the resource's table, building it first when this node has no copy. Throws <see cref="TabularLoadException"/>.</summary>
    public async Task<TabularTable> OpenAsync(TabularResourceFile file, CancellationToken ct)
    {
        var path = PathFor(file);
        if (!File.Exists(path))
        {
            await BuildAsync(file, path, ct);
        }

        var opened = _open.GetOrAdd(path, p => new Lazy<Opened>(() => Open(p))).Value;
        var connection = new DuckDBConnection(opened.ConnectionString);
        await connection.OpenAsync(ct);
        return new TabularTable(connection, opened.Fields, opened.Meta);
    }

    private async Task BuildAsync(TabularResourceFile file, string path, CancellationToken ct)
    {
        if (_failed.TryGetValue(path, out var failed))
        {
            throw failed;
        }

        var gate = _locks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (File.Exists(path))
            {
                return;
            }

            if (_failed.TryGetValue(path, out failed))
            {
                throw failed;
            }

            var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
            var original = path + ".source-" + Guid.NewGuid().ToString("N");
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await DownloadAsync(file, original, ct);
                var summary = await Task.Run(() => Build(file, original, temporary), ct);
                try
                {
                    File.Move(temporary, path, overwrite: false);
                }
                catch (IOException) when (File.Exists(path))
                {
                    // Another node sharing the folder finished first; its copy is the same table.
                }

                Log.Built(logger, file.ResourceId, summary.Rows, summary.Fields.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (TabularLoadException e)
            {
                _failed[path] = e;
                Log.Refused(logger, file.ResourceId, e.Message);
                throw;
            }
            finally
            {
                Delete(original);
                Delete(temporary);
                Delete(temporary + ".wal");
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Copies the original from the file store into a file of this node, refusing it when too large or changed.</summary>
    private async Task DownloadAsync(TabularResourceFile file, string target, CancellationToken ct)
    {
        var max = options.Value.MaxFileBytes;
        await using var original = await originals.OpenReadAsync(file.Key, ct) ?? throw TabularLoadException.Because("Missing");
        if (original.Length > max)
        {
            throw TabularLoadException.Because("TooLarge", original.Length / (1024 * 1024), max / (1024 * 1024));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var copy = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while ((read = await original.Stream.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > max)
                {
                    throw TabularLoadException.Because("TooLarge", size / (1024 * 1024), max / (1024 * 1024));
                }

                hash.AppendData(buffer, 0, read);
                await copy.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), file.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw TabularLoadException.Because("Checksum");
        }
    }

    private TabularLoader.Summary Build(TabularResourceFile file, string original, string temporary)
    {
        try
        {
            return TabularLoader.Load(file, original, temporary, options.Value);
        }
        catch (DuckDBException e)
        {
            throw TabularLoadException.Because(e, "Unreadable", 0);
        }
    }

    private Opened Open(string path)
    {
        var connectionString = $"Data Source={path};ACCESS_MODE=READ_ONLY;memory_limit={options.Value.MemoryLimit}";
        var root = new DuckDBConnection(connectionString);
        root.Open();
        var fields = new List<TabularField>();
        using (var command = root.CreateCommand())
        {
            command.CommandText = "SELECT position, id, type FROM fields ORDER BY position";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                fields.Add(new TabularField(reader.GetInt32(0), reader.GetString(1), Type(reader.GetString(2))));
            }
        }

        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = root.CreateCommand())
        {
            command.CommandText = "SELECT key, value FROM meta";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                meta[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return new Opened(root, connectionString, fields, meta);
    }

    private static ColumnType Type(string name) => name switch
    {
        "int" => ColumnType.Int,
        "numeric" => ColumnType.Numeric,
        "timestamp" => ColumnType.Timestamp,
        "bool" => ColumnType.Bool,
        _ => ColumnType.Text,
    };

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the next start; a temporary name is never read.
        }
    }

    public void Dispose()
    {
        foreach (var opened in _open.Values.Where(o => o.IsValueCreated))
        {
            opened.Value.Root.Dispose();
        }

        foreach (var gate in _locks.Values)
        {
            gate.Dispose();
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex SafeId();

    [GeneratedRegex("[^0-9a-f]")]
    private static partial Regex HexOnly();

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Information, "Tabular resource {ResourceId} loaded: {Rows} rows, {Columns} columns in {Milliseconds} ms")]
        public static partial void Built(ILogger logger, string resourceId, long rows, int columns, double milliseconds);

        [LoggerMessage(LogLevel.Warning, "Tabular resource {ResourceId} cannot be loaded: {Reason}")]
        public static partial void Refused(ILogger logger, string resourceId, string reason);
    }
}
