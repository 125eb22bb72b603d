using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// Walks the audit log from the first entry, checks every link of the hash chain (keyed entries with the audit key)
/// and then the head against the latest signed checkpoint, which catches removed newest entries and a rewritten chain.
/// </summary>
internal static class VerifyAuditChain
{
    public static async Task<AuditChainStatus> ExecuteAsync(HubDb db, AuditKey auditKey, AuditCheckpoints checkpoints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(auditKey);
        ArgumentNullException.ThrowIfNull(checkpoints);
        var key = auditKey.Find();
        var anchor = checkpoints.Read(key);
        long expected = 1;
        var previousHash = AuditChain.Genesis;
        var keyed = false;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Check(entry, expected, previousHash, keyed, key, anchor.Latest) is { } reason)
            {
                return new AuditChainStatus(false, expected - 1, expected, reason);
            }

            keyed = entry.Version == AuditChain.Keyed;
            previousHash = entry.Hash;
            expected++;
        }

        var count = expected - 1;
        if (anchor.Problem is { } problem)
        {
            return new AuditChainStatus(false, count, anchor.Latest?.Count ?? count, problem);
        }

        if (anchor.Latest is { } latest && latest.Count > count)
        {
            return new AuditChainStatus(false, count, count + 1,
                $"entry is missing: the signed checkpoint of {Stamp(latest.At)} records {latest.Count} entries, the log holds {count}");
        }

        return new AuditChainStatus(true, count);
    }

    private static string? Check(AuditEntry entry, long expected, string previousHash, bool afterKeyed, byte[]? key, AuditCheckpoints.Checkpoint? latest)
    {
        if (entry.Sequence != expected)
        {
            return entry.Sequence > expected ? $"entry is missing (next entry found is {entry.Sequence})" : "sequence number out of order";
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return "previous hash does not match the entry before";
        }

        if (entry.Version is not (AuditChain.Unkeyed or AuditChain.Keyed))
        {
            return $"unknown hash version {entry.Version}";
        }

        // Once the chain is keyed it stays keyed: an unkeyed entry after a keyed one was rewritten without the key.
        if (afterKeyed && entry.Version == AuditChain.Unkeyed)
        {
            return "unkeyed entry after keyed entries";
        }

        if (entry.Version == AuditChain.Keyed && key is null)
        {
            return "keyed entry, but the audit key is missing";
        }

        if (!string.Equals(entry.Hash, AuditChain.ComputeHash(entry, key), StringComparison.Ordinal))
        {
            return "hash does not match the entry's content";
        }

        return latest is not null && latest.Count == entry.Sequence && !string.Equals(latest.Head, entry.Hash, StringComparison.Ordinal)
            ? $"hash does not match the signed checkpoint of {Stamp(latest.At)}"
            : null;
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/audit-entries/verification", async Task<Ok<AuditChainStatus>> (HubDb db, AuditKey key, AuditCheckpoints checkpoints, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(db, key, checkpoints, ct)))
            .WithName("VerifyAuditChain")
            .WithSummary("Checks the audit log's hash chain and its head against the latest signed checkpoint (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
