using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Audit;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>Reads and tampers with the audit log straight in the database, as someone with database access could.</summary>
internal static class AuditStore
{
    public static async Task AppendAsync(SmartRegionHost host, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(new AuditRecord("people.read", "person", $"p-{i}"), CancellationToken.None);
        }
    }

    public static async Task<List<AuditEntry>> EntriesAsync(SmartRegionHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDb>().Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    public static async Task<AuditChainStatus> VerifyAsync(SmartRegionHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditChainVerifier>().VerifyAsync(CancellationToken.None);
    }

    public static async Task SqlAsync(SmartRegionHost host, string sql)
    {
        await using var scope = host.Services.CreateAsyncScope();
#pragma warning disable EF1002 // Tampering on purpose; the statements are constants of the tests.
        await scope.ServiceProvider.GetRequiredService<HubDb>().Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
    }

    /// <summary>
    /// Links entries <paramref name="from"/> onwards again, each to the one before, with hashes made by
    /// <paramref name="hash"/> — what someone who changed a row would do to hide it.
    /// </summary>
    public static async Task RechainAsync(SmartRegionHost host, long from, Func<AuditEntry, string> hash)
    {
        var previous = from == 1 ? AuditChain.Genesis : (await EntriesAsync(host)).Single(e => e.Sequence == from - 1).Hash;
        foreach (var sequence in (await EntriesAsync(host)).Where(e => e.Sequence >= from).Select(e => e.Sequence).ToList())
        {
            await SqlAsync(host, $"UPDATE hub_audit_entries SET \"PreviousHash\" = '{previous}' WHERE \"Sequence\" = {sequence}");
            var entry = (await EntriesAsync(host)).Single(e => e.Sequence == sequence);
            previous = hash(entry);
            await SqlAsync(host, $"UPDATE hub_audit_entries SET \"Hash\" = '{previous}' WHERE \"Sequence\" = {sequence}");
        }
    }
}
