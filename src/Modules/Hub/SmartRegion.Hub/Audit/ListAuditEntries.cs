using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Csv;
using SmartRegion.Kernel.Paging;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.Ui.Components;

namespace SmartRegion.Hub.Audit;

/// <summary>Region admins read and export the audit log, newest first; reading it is itself recorded.</summary>
internal static class ListAuditEntries
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    internal sealed record Filter(string? Action, string? RecordType, DateOnly? From, DateOnly? To)
    {
        public static readonly Filter None = new(null, null, null, null);

        /// <summary>Validates the raw query values; dates are calendar days in Europe/Berlin (<c>yyyy-MM-dd</c>), both inclusive.</summary>
        public static Filter Parse(string? action, string? recordType, string? from, string? to, ValidationErrors errors, IStringLocalizer<AuditText> text)
        {
            ArgumentNullException.ThrowIfNull(errors);
            ArgumentNullException.ThrowIfNull(text);
            errors.AddIf(action is { Length: > AuditEntry.MaxAction } || TextInput.HasControlCharacters(action), "action", text["Filter.Invalid", AuditEntry.MaxAction]);
            errors.AddIf(recordType is { Length: > AuditEntry.MaxRecordType } || TextInput.HasControlCharacters(recordType), "recordType", text["Filter.Invalid", AuditEntry.MaxRecordType]);
            var fromDate = Date(from, "from", errors, text);
            var toDate = Date(to, "to", errors, text);
            errors.AddIf(fromDate > toDate, "to", text["Date.Order"]);
            return new Filter(Blank(action), Blank(recordType), fromDate, toDate);
        }

        public string Describe() => string.Join("; ", new[]
        {
            Action is null ? null : "action=" + Action,
            RecordType is null ? null : "recordType=" + RecordType,
            From is null ? null : "from=" + From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            To is null ? null : "to=" + To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }.OfType<string>());

        private static DateOnly? Date(string? value, string field, ValidationErrors errors, IStringLocalizer<AuditText> text)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add(field, text["Date.Invalid"]);
            return null;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    internal sealed record Item(
        long Sequence, DateTimeOffset At, string ActorId, string ActorName, string Action, string RecordType, string RecordId,
        string? MunicipalityAgs, string? IpAddress, string? Details, string PreviousHash, string Hash);

    public static async Task<Paged<Item>> ExecuteAsync(Filter filter, PageRequest page, HubDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (filter.RecordType is { } recordType)
        {
            query = query.Where(e => e.RecordType == recordType);
        }

        if (filter.From is { } from)
        {
            var start = StartOfBerlinDay(from);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfBerlinDay(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        var result = await query
            .OrderByDescending(e => e.Sequence)
            .Select(e => new Item(e.Sequence, e.At, e.ActorId, e.ActorName, e.Action, e.RecordType, e.RecordId,
                e.MunicipalityAgs, e.IpAddress, e.Details, e.PreviousHash, e.Hash))
            .ToPagedAsync(page, cancellationToken);
        // The log holds who looked at what and from where: reading it is an action on personal data too.
        await audit.RecordAsync(new AuditRecord("audit-entries.read", "audit-entry",
            $"page={page.Page.ToString(CultureInfo.InvariantCulture)}", Details: filter.Describe() is { Length: > 0 } d ? d : null), cancellationToken);
        return result;
    }

    private static DateTimeOffset StartOfBerlinDay(DateOnly day)
    {
        // Midnight exists on every day in Europe/Berlin (the clocks change at 2 and 3 o'clock).
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Berlin), TimeSpan.Zero);
    }

    /// <summary>The entries as a CSV download: UTC and Berlin time, every field of the chain, so it can be checked offline.</summary>
    public static byte[] Csv(IEnumerable<Item> items)
    {
        var csv = new SafeCsv("sequence", "time_utc", "time_berlin", "actor_id", "actor_name", "action", "record_type", "record_id",
            "municipality_ags", "ip_address", "details", "previous_hash", "hash");
        foreach (var e in items)
        {
            csv.Row(e.Sequence,
                e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                BerlinTime.ToBerlin(e.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                e.ActorId, e.ActorName, e.Action, e.RecordType, e.RecordId, e.MunicipalityAgs, e.IpAddress, e.Details,
                e.PreviousHash, e.Hash);
        }

        return csv.ToUtf8();
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/audit-entries", async Task<Results<Ok<Paged<Item>>, FileContentHttpResult, ValidationProblem>> (
                string? format, string? action, string? recordType, string? from, string? to, int? page, int? pageSize,
                HubDb db, IAuditLog audit, IStringLocalizer<AuditText> text, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
                errors.AddIf(!csv && format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase), "format", text["Format.Invalid"]);
                var filter = Filter.Parse(action, recordType, from, to, errors, text);
                var request = PageRequest.From(page, pageSize, errors);
                if (!errors.IsEmpty)
                {
                    return Outcome<Item>.Invalid(errors).ToValidationProblem();
                }

                var result = await ExecuteAsync(filter, request, db, audit, ct);
                return csv
                    ? TypedResults.File(Csv(result.Items), SafeCsv.ContentType, "audit-log.csv")
                    : TypedResults.Ok(result);
            })
            .WithName("ListAuditEntries")
            .WithSummary("Lists or exports the audit log as JSON or CSV, newest first (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
