using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// Anchors the head of the audit chain outside the database: after each append, one line with the number of entries,
/// the newest hash, the time and an HMAC over them (with the audit key) is appended to
/// <c>{Storage:DataPath}/audit/checkpoints.log</c> and written to the log. Removing the newest entries, all entries, or
/// rewriting the chain no longer matches the latest checkpoint, and nobody without the key can write a new one.
/// </summary>
internal sealed partial class AuditCheckpoints(string folder, AuditKey key, TimeProvider time, ILogger<AuditCheckpoints> logger)
{
    public const string FileName = "checkpoints.log";
    private const string Stamp = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private readonly Lock _gate = new();

    internal sealed record Checkpoint(long Count, string Head, DateTimeOffset At);

    /// <summary>The latest checkpoint (the one with the most entries), or why the file cannot be trusted.</summary>
    internal sealed record Reading(Checkpoint? Latest, string? Problem);

    public string FilePath => Path.Combine(folder, FileName);

    public void Append(long count, string head)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture);
        var line = $"{count.ToString(CultureInfo.InvariantCulture)} {head} {stamp} {Mac(key.GetOrCreate(), count, head, stamp)}\n";
        try
        {
            lock (_gate)
            {
                Directory.CreateDirectory(folder);
                using var file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
                file.Write(Encoding.ASCII.GetBytes(line));
                file.Flush(flushToDisk: true);
            }
        }
        catch (IOException ex)
        {
            // The entry itself is committed; a missed checkpoint only leaves it unanchored until the next one.
            LogNotWritten(logger, count, ex.Message);
        }

        LogCheckpoint(logger, count, head, stamp);
    }

    public Reading Read(byte[]? key)
    {
        if (!File.Exists(FilePath))
        {
            return new Reading(null, null);
        }

        Checkpoint? latest = null;
        var number = 0;
        using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ');
            if (key is null)
            {
                return new Reading(null, "checkpoints exist but the audit key is missing");
            }

            if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || !DateTimeOffset.TryParseExact(parts[2], Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[3]), Encoding.ASCII.GetBytes(Mac(key, count, parts[1], parts[2]))))
            {
                return new Reading(latest, $"line {number.ToString(CultureInfo.InvariantCulture)} of the checkpoint file has no valid signature");
            }

            if (latest is null || count >= latest.Count)
            {
                latest = new Checkpoint(count, parts[1], at);
            }
        }

        return new Reading(latest, null);
    }

    private static string Mac(byte[] key, long count, string head, string stamp) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(
            $"smartregion-audit-checkpoint-v1\n{count.ToString(CultureInfo.InvariantCulture)}\n{head}\n{stamp}")));

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint: {Count} entries, head {Head}, at {At}")]
    private static partial void LogCheckpoint(ILogger logger, long count, string head, string at);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit checkpoint for {Count} entries could not be written: {Reason}")]
    private static partial void LogNotWritten(ILogger logger, long count, string reason);
}
