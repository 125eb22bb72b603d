using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Audit;

/// <summary>Appends to the audit log: who and from where from the current request, the time from the clock.</summary>
internal sealed class AuditLog(
    HubDb db, TimeProvider time, IHttpContextAccessor http, IAuditAppendLock appendLock, AuditKey key, AuditHeadOnCommit checkpoint) : IAuditLog
{
    public const string System = "system";

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.RecordType);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.RecordId);

        var facts = Facts(record);
        if (record.Action.EndsWith(".denied", StringComparison.Ordinal) && http.HttpContext is { } context)
        {
            context.Items[AuditDeniedAccess.RecordedKey] = true;
        }

        // Join the caller's transaction when there is one, so the audited change and its entry commit together.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await appendLock.AcquireAsync(db, cancellationToken);
            var last = await db.Set<AuditEntry>().AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var entry = AuditEntry.Append(last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis, facts, key.GetOrCreate());
            db.Set<AuditEntry>().Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            checkpoint.Expect(db, entry.Sequence, entry.Hash);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            checkpoint.Forget(db);
            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private AuditFacts Facts(AuditRecord record)
    {
        var context = http.HttpContext;
        var user = context?.User;
        string actorId;
        string actorName;
        if (context is null)
        {
            actorId = System;
            actorName = System;
        }
        else if (user?.Identity?.IsAuthenticated == true)
        {
            actorId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
            actorName = user.FindFirstValue(ClaimTypes.Name) ?? actorId;
        }
        else
        {
            actorId = "anonymous";
            actorName = "anonymous";
        }

        return new AuditFacts(
            time.GetUtcNow(), actorId, actorName, record.Action, record.RecordType, record.RecordId,
            record.MunicipalityAgs, Address(context?.Connection.RemoteIpAddress), record.Details);
    }

    // The forwarded-headers middleware (behind the proxy) has already put the client's address here.
    private static string? Address(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
