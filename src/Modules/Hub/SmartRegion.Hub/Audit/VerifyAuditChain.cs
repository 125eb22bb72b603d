using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Audit;

/// <summary>Walks the audit log from the first entry and checks every link of the hash chain.</summary>
internal static class VerifyAuditChain
{
    public static async Task<AuditChainStatus> ExecuteAsync(HubDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        long expected = 1;
        var previousHash = AuditChain.Genesis;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expected)
            {
                return new AuditChainStatus(false, expected - 1, expected, entry.Sequence > expected
                    ? $"entry is missing (next entry found is {entry.Sequence})"
                    : "sequence number out of order");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new AuditChainStatus(false, expected - 1, expected, "previous hash does not match the entry before");
            }

            if (!string.Equals(entry.Hash, AuditChain.ComputeHash(entry), StringComparison.Ordinal))
            {
                return new AuditChainStatus(false, expected - 1, expected, "hash does not match the entry's content");
            }

            previousHash = entry.Hash;
            expected++;
        }

        return new AuditChainStatus(true, expected - 1);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/audit-entries/verification", async Task<Ok<AuditChainStatus>> (HubDb db, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(db, ct)))
            .WithName("VerifyAuditChain")
            .WithSummary("Checks the audit log's hash chain (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
