using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Resources;
using System.Globalization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Csv;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Registrations;

/// <summary>Organisers see who registered for their event, per date in arrival order, as JSON or as a CSV download.</summary>
internal static class ListRegistrations
{
    internal sealed record Item(
        Guid Id, Guid DateId, DateTimeOffset Starts, long Arrival, string Status, int Seats, string Name, string Email, bool EmailConfirmed, string Needs,
        DateTimeOffset RegisteredAt, DateTimeOffset? OfferExpiresAt, string? Quota, int? DrawPosition);

    public static async Task<Outcome<IReadOnlyList<Item>>> ExecuteAsync(
        Guid eventId, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, IStringLocalizer<EventsText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null)
        {
            return Outcome<IReadOnlyList<Item>>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<IReadOnlyList<Item>>.Forbidden(text["Scope.Forbidden"]);
        }

        var rows = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId)
            .Join(db.Dates, r => r.DateId, d => d.Id, (r, d) => new { r, d.StartsAt })
            .OrderBy(x => x.StartsAt).ThenBy(x => x.r.Arrival)
            .Select(x => new Item(x.r.Id, x.r.DateId, x.StartsAt, x.r.Arrival, x.r.Status, x.r.Seats, x.r.Name, x.r.Email, x.r.EmailConfirmedAt != null, x.r.Needs,
                x.r.CreatedAt, x.r.OfferExpiresAt, null, x.r.DrawPosition))
            .ToListAsync(cancellationToken);
        var quotas = await db.Quotas.AsNoTracking().Where(q => q.EventId == eventId).ToDictionaryAsync(q => q.Id, q => q.Name, cancellationToken);
        if (quotas.Count > 0)
        {
            var quotaOf = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && r.QuotaId != null)
                .ToDictionaryAsync(r => r.Id, r => r.QuotaId!.Value, cancellationToken);
            rows = [.. rows.Select(r => quotaOf.TryGetValue(r.Id, out var q) && quotas.TryGetValue(q, out var name) ? r with { Quota = name } : r)];
        }

        // Names, addresses and access needs of residents: every read by an organiser is recorded (page, JSON and CSV alike).
        await audit.RecordAsync(new AuditRecord("registrations.read", "event", eventId.ToString(), item.MunicipalityAgs,
            "entries=" + rows.Count.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        return Outcome<IReadOnlyList<Item>>.Ok(rows);
    }

    /// <summary>The list as CSV through the platform's one CSV writer, so names cannot smuggle formulas into a spreadsheet.</summary>
    public static byte[] Csv(IEnumerable<Item> items)
    {
        var csv = new SafeCsv("date", "arrival", "status", "seats", "name", "email", "email_confirmed", "needs", "registered_at", "quota", "draw_position");
        foreach (var i in items)
        {
            csv.Row(i.Starts, i.Arrival, i.Status, i.Seats, i.Name, i.Email, i.EmailConfirmed, i.Needs, i.RegisteredAt, i.Quota ?? "", i.DrawPosition);
        }

        return csv.ToUtf8();
    }

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapGet("/events/{id:guid}/registrations", async Task<Results<Ok<IReadOnlyList<Item>>, ForbiddenProblem, NotFoundProblem>> (
                Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, organisations, db, audit, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("ListEventRegistrations")
            .WithSummary("The registrations of an event per date in arrival order; for its organisers.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapGet("/events/{id:guid}/registrations.csv", async Task<Results<FileContentHttpResult, ForbiddenProblem, NotFoundProblem>> (
                Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, organisations, db, audit, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.File(Csv(outcome.Value!), SafeCsv.ContentType, "anmeldungen.csv"),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("ExportEventRegistrations")
            .WithSummary("The registrations of an event as CSV (formula-neutralised); for its organisers.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }
}
