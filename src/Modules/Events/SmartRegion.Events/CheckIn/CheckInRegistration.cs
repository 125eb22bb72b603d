using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Ui.Components;

namespace SmartRegion.Events.CheckIn;

/// <summary>
/// At the door: an organiser of the event marks a confirmed registration as checked in, from the list or after scanning
/// the person's QR code. The database decides, so two organisers at the door cannot check in the same person twice.
/// </summary>
internal static class CheckInRegistration
{
    /// <summary>One registration as the door sees it.</summary>
    internal sealed record Entry(
        Guid Id, Guid EventId, Guid DateId, string Title, DateTimeOffset Starts, string Status, int Seats, string Name, string Needs, DateTimeOffset? CheckedInAt);

    /// <summary>Whom a scanned code names, for the page that asks the organiser to confirm; the read is audited.</summary>
    public static async Task<Outcome<Entry>> ReadAsync(
        Guid registrationId, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, IStringLocalizer<EventsText> text,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(registrationId, person, organisations, db, text, cancellationToken);
        if (!found.IsOk)
        {
            return found;
        }

        var ags = await db.Events.Where(e => e.Id == found.Value!.EventId).Select(e => e.MunicipalityAgs).SingleAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("registrations.read", "registration", registrationId.ToString(), ags, "check-in"), cancellationToken);
        return found;
    }

    public static async Task<Outcome<Entry>> ExecuteAsync(
        Guid registrationId, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, TimeProvider time, IStringLocalizer<EventsText> text,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(registrationId, person, organisations, db, text, cancellationToken);
        if (!found.IsOk)
        {
            return found;
        }

        var entry = found.Value!;
        if (entry.CheckedInAt is { } at)
        {
            return Outcome<Entry>.Conflict(text["CheckIn.Already", Display(entry.Name, text), BerlinTimeText(at)]);
        }

        if (entry.Status != RegistrationStatus.Confirmed)
        {
            return Outcome<Entry>.Conflict(text["CheckIn.NotConfirmed", Display(entry.Name, text)]);
        }

        var now = time.GetUtcNow();
        // Only a confirmed registration not yet checked in changes: of two organisers at once, one wins and the other hears so.
        var changed = await db.Registrations
            .Where(r => r.Id == registrationId && r.CheckedInAt == null && r.Status == RegistrationStatus.Confirmed)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CheckedInAt, now).SetProperty(r => r.UpdatedAt, now), cancellationToken);
        if (changed == 0)
        {
            var again = await FindAsync(registrationId, person, organisations, db, text, cancellationToken);
            return again.Value?.CheckedInAt is { } other
                ? Outcome<Entry>.Conflict(text["CheckIn.Already", Display(entry.Name, text), BerlinTimeText(other)])
                : Outcome<Entry>.Conflict(text["CheckIn.NotConfirmed", Display(entry.Name, text)]);
        }

        return Outcome<Entry>.Ok(entry with { CheckedInAt = now });
    }

    /// <summary>The name as the door shows it; a deleted account's entry has none.</summary>
    public static string Display(string name, IStringLocalizer<EventsText> text) => name.Length == 0 ? text["Attendees.Forgotten"] : name;

    private static string BerlinTimeText(DateTimeOffset at) => BerlinTime.Format(at);

    private static async Task<Outcome<Entry>> FindAsync(
        Guid registrationId, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var row = await db.Registrations.AsNoTracking().Where(r => r.Id == registrationId)
            .Join(db.Dates, r => r.DateId, d => d.Id, (r, d) => new { r, d.StartsAt })
            .Join(db.Events, x => x.r.EventId, e => e.Id, (x, e) => new { x.r, x.StartsAt, Event = e })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Outcome<Entry>.NotFound(text["CheckIn.Unknown"]);
        }

        if (!await person.CanOrganiseAsync(row.Event, organisations, cancellationToken))
        {
            return Outcome<Entry>.Forbidden(text["Scope.Forbidden"]);
        }

        var r = row.r;
        return Outcome<Entry>.Ok(new Entry(r.Id, r.EventId, r.DateId, row.Event.Title, row.StartsAt, r.Status, r.Seats, r.Name, r.Needs, r.CheckedInAt));
    }

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapPost("/registrations/{id:guid}/check-in", async Task<Results<Ok<Entry>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, organisations, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.Conflict => outcome.ToConflict(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("CheckInEventRegistration")
            .WithSummary("Marks a confirmed registration as checked in; for the event's organisers. 409 when it is already checked in or not confirmed.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }
}
