using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Paging;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Organising;

/// <summary>
/// The events the signed-in person may organise — drafts, published and cancelled, newest first: every event of the
/// municipalities where they are staff or admin (all of them for region admins) and every event of the organisations
/// they belong to. The same rule as <see cref="EventScope"/>, as a query.
/// </summary>
internal static class ListOrganisedEvents
{
    internal sealed record Item(
        Guid Id, string Slug, string Title, string Status, string MunicipalityAgs, Guid? OrganisationId, DateTimeOffset? FirstStarts, int Dates,
        int? Capacity, DateTimeOffset CreatedAt);

    /// <summary>One page of the list; <paramref name="MayOrganise"/> is false for someone who may organise nothing at all.</summary>
    internal sealed record Response(IReadOnlyList<Item> Items, int Page, int PageSize, int Total, bool MayOrganise);

    public static async Task<Response> ExecuteAsync(PageRequest page, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scope = await ScopeAsync(person, organisations, cancellationToken);
        if (!scope.Any)
        {
            return new Response([], page.Page, page.PageSize, 0, false);
        }

        var events = db.Events.AsNoTracking();
        if (scope.Municipalities is { } municipalities)
        {
            var clubs = scope.Organisations;
            events = events.Where(e => municipalities.Contains(e.MunicipalityAgs) || (e.OrganisationId != null && clubs.Contains(e.OrganisationId.Value)));
        }

        var result = await events.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Slug, e.Title, e.Status, e.MunicipalityAgs, e.OrganisationId, e.Capacity, e.CreatedAt })
            .ToPagedAsync(page, cancellationToken);
        // The dates of the page's events in a second query: a series has up to a year of them, read once, not per row.
        var ids = result.Items.Select(e => e.Id).ToList();
        var dates = (await db.Dates.AsNoTracking().Where(d => ids.Contains(d.EventId)).Select(d => new { d.EventId, d.StartsAt }).ToListAsync(cancellationToken))
            .ToLookup(d => d.EventId, d => d.StartsAt);
        var items = result.Items.Select(e => new Item(
            e.Id, e.Slug, e.Title, e.Status, e.MunicipalityAgs, e.OrganisationId, dates[e.Id].Select(d => (DateTimeOffset?)d).Min(), dates[e.Id].Count(), e.Capacity,
            e.CreatedAt)).ToList();
        return new Response(items, result.Page, result.PageSize, result.Total, true);
    }

    /// <summary>Whether the person may organise any event at all: the calendar shows its link to the list only then.</summary>
    public static async Task<bool> MayOrganiseAnyAsync(ICurrentPerson person, IOrganisationDirectory organisations, CancellationToken cancellationToken) =>
        (await ScopeAsync(person, organisations, cancellationToken)).Any;

    /// <summary>Where the person organises: municipalities (null for all) and organisations.</summary>
    internal sealed record Scope(IReadOnlyList<string>? Municipalities, IReadOnlyList<Guid> Organisations)
    {
        public bool Any => Municipalities is null || Municipalities.Count > 0 || Organisations.Count > 0;
    }

    public static async Task<Scope> ScopeAsync(ICurrentPerson person, IOrganisationDirectory organisations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(organisations);
        if (!person.IsSignedIn || person.Id is not { } who)
        {
            return new Scope([], []);
        }

        var municipalities = person.MunicipalitiesFor(HubRoles.Staff);
        var clubs = municipalities is null ? [] : (await organisations.ListForPersonAsync(who, cancellationToken)).Select(o => o.Id.Value).ToList();
        return new Scope(municipalities, clubs);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/organising", async Task<Results<Ok<Response>, ValidationProblem>> (
                int? page, int? pageSize, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var request = PageRequest.From(page, pageSize, errors);
                return errors.IsEmpty
                    ? TypedResults.Ok(await ExecuteAsync(request, person, organisations, db, ct))
                    : Outcome<Item>.Invalid(errors).ToValidationProblem();
            })
            .WithName("ListOrganisedEvents")
            .WithSummary("The events the signed-in person may organise (drafts, published, cancelled), newest first; empty with mayOrganise false for anyone else.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
