using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Calendar;

/// <summary>An organiser creates an event (a draft) with its date or series of dates.</summary>
internal static class CreateEvent
{
    internal sealed class Request : EventInput
    {
        public string? MunicipalityAgs { get; set; }

        /// <summary>The Hub organisation that runs the event; empty when the municipality itself does.</summary>
        public Guid? OrganisationId { get; set; }
    }

    internal sealed record Response(Guid Id, string Slug, int Dates);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, IMunicipalityDirectory municipalities, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit,
        TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var errors = new ValidationErrors();
        var ags = request.MunicipalityAgs?.Trim() ?? "";
        errors.AddIf(!Ags.IsWellFormed(ags) || await municipalities.FindAsync(ags, cancellationToken) is null, nameof(Request.MunicipalityAgs), text["Field.Municipality.Unknown"]);
        if (request.OrganisationId is { } org)
        {
            var found = await organisations.FindAsync(new OrganisationId(org), cancellationToken);
            errors.AddIf(found is null || (found.MunicipalityAgs is { } home && home != ags), nameof(Request.OrganisationId), text["Field.Organisation.Unknown"]);
        }

        var fields = request.Validate(errors, text);
        if (fields?.PlaceId is { } place)
        {
            errors.AddIf(!await db.Places.AnyAsync(p => p.Id == place && p.MunicipalityAgs == ags, cancellationToken), nameof(Request.PlaceId), text["Field.Place.Unknown"]);
        }

        var dates = fields is null ? null : request.Dates(errors, text);
        if (fields is null || dates is null || !errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (!await person.CanOrganiseAsync(ags, request.OrganisationId, organisations, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var now = time.GetUtcNow();
        var item = Event.Create(await EventSlugs.UniqueAsync(db, fields.Title, cancellationToken), ags, request.OrganisationId, fields, isDemo: false, now);
        db.Events.Add(item);
        db.Dates.AddRange(dates.Select(d => EventDate.Create(item.Id, d.Starts, d.Ends)));
        db.Publish(new EventChanged(item.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("events.created", "event", item.Id.ToString(), ags), cancellationToken);
        return Outcome<Response>.Ok(new Response(item.Id, item.Slug, dates.Count));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/events", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem>> (
                Request request, ICurrentPerson person, IMunicipalityDirectory municipalities, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit,
                TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, municipalities, organisations, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/events/events/{outcome.Value!.Id}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("CreateEvent")
            .WithSummary("Creates an event as a draft, with one date or a series (RRULE, exception days, public holidays left out); for staff of the municipality and members of the organising organisation.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
