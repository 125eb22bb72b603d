using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Calendar;

/// <summary>One event with its place and dates, and per date the free seats and the length of the waiting list.</summary>
internal static class GetEvent
{
    /// <summary>
    /// One date. With the lottery: <c>DrawDue</c> is when it is drawn, <c>DrawnAt</c> when it was, and <c>Entered</c>
    /// how many take part so far; before the draw no seat is given. <c>Cancelled</c>: the organisers called off this
    /// date alone; <c>Sequence</c> counts how often it was moved or cancelled.
    /// </summary>
    internal sealed record DateInfo(
        Guid Id, DateTimeOffset Starts, DateTimeOffset Ends, int? FreeSeats, int Waiting, IReadOnlyList<QuotaSeats> Quotas,
        DateTimeOffset? DrawDue = null, DateTimeOffset? DrawnAt = null, int Entered = 0, bool Cancelled = false, int Sequence = 0)
    {
        public bool InDraw => DrawDue is not null && DrawnAt is null;
    }

    /// <summary>A quota of the event's seats: <c>Eligible</c> is <c>staff</c> (staff of the region and its municipalities) or <c>everyone</c>.</summary>
    internal sealed record QuotaInfo(Guid Id, string Name, string? NameEn, int Seats, string Eligible);

    /// <summary>Free seats and waiting entries of one quota on one date.</summary>
    internal sealed record QuotaSeats(Guid QuotaId, int FreeSeats, int Waiting);

    internal sealed record PlaceInfo(Guid Id, string Name, string Address, bool StepFree, bool AccessibleToilet, bool HearingLoop, string? AccessibilityNote);

    /// <summary>„Ergebnisse und Protokoll“, once the organisers have written them.</summary>
    internal sealed record OutcomeInfo(string Text, string? DocumentUrl, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt);

    internal sealed record Response(
        Guid Id, string Slug, string Status, string Title, string Description, string? Agenda, string? Audience, string Topic, string Mode, string MunicipalityAgs,
        Guid? OrganisationId, string? OrganisationName, PlaceInfo? Place, string? OnlineUrl, decimal Cost, int? Capacity, string? CancelReason, bool IsDemo,
        IReadOnlyList<DateInfo> Dates, OutcomeInfo? Outcome, IReadOnlyList<QuotaInfo> Quotas, string Allocation = Allocations.FirstCome, DateTimeOffset? DrawAt = null);

    /// <summary>The event by id or slug; a draft only for its organisers.</summary>
    public static async Task<Outcome<Response>> ExecuteAsync(
        string idOrSlug, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = Guid.TryParse(idOrSlug, out var id)
            ? await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == idOrSlug, cancellationToken);
        if (item is null || (item.Status == EventStatus.Draft && !await person.CanOrganiseAsync(item, organisations, cancellationToken)))
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        var place = item.PlaceId is { } placeId
            ? await db.Places.AsNoTracking().Where(p => p.Id == placeId)
                .Select(p => new PlaceInfo(p.Id, p.Name, p.Address, p.StepFree, p.AccessibleToilet, p.HearingLoop, p.AccessibilityNote)).SingleAsync(cancellationToken)
            : null;
        var organisation = item.OrganisationId is { } org ? await organisations.FindAsync(new OrganisationId(org), cancellationToken) : null;
        var dates = await db.Dates.AsNoTracking().Where(d => d.EventId == item.Id).OrderBy(d => d.StartsAt).ToListAsync(cancellationToken);
        var counts = await db.Registrations.AsNoTracking().Where(r => r.EventId == item.Id)
            .GroupBy(r => new { r.DateId, r.Status, r.QuotaId }).Select(g => new { g.Key.DateId, g.Key.Status, g.Key.QuotaId, Seats = g.Sum(r => r.Seats), Count = g.Count() })
            .ToListAsync(cancellationToken);
        var quotas = await db.Quotas.AsNoTracking().Where(q => q.EventId == item.Id).OrderBy(q => q.Position)
            .Select(q => new QuotaInfo(q.Id, q.Name, q.NameEn, q.Seats, q.Eligible)).ToListAsync(cancellationToken);
        var infos = dates.Select(d =>
        {
            var held = counts.Where(c => c.DateId == d.Id && RegistrationStatus.HoldsSeat(c.Status)).Sum(c => c.Seats);
            var waiting = counts.Where(c => c.DateId == d.Id && c.Status == RegistrationStatus.Waiting).Sum(c => c.Count);
            var perQuota = quotas.Select(q => new QuotaSeats(q.Id,
                Math.Max(0, q.Seats - counts.Where(c => c.DateId == d.Id && c.QuotaId == q.Id && RegistrationStatus.HoldsSeat(c.Status)).Sum(c => c.Seats)),
                counts.Where(c => c.DateId == d.Id && c.QuotaId == q.Id && c.Status == RegistrationStatus.Waiting).Sum(c => c.Count))).ToList();
            // With quotas, only their seats are given out: the free seats are theirs.
            int? free = item.Capacity is not { } cap ? null : quotas.Count > 0 ? perQuota.Sum(q => q.FreeSeats) : Math.Max(0, cap - held);
            var entered = counts.Where(c => c.DateId == d.Id && c.Status == RegistrationStatus.Entered).Sum(c => c.Count);
            return item.IsLottery && item.Capacity is not null
                ? new DateInfo(d.Id, d.StartsAt, d.EndsAt, free, waiting, perQuota, item.DrawDueFor(d.StartsAt), d.DrawnAt, entered, d.IsCancelled, d.Sequence)
                : new DateInfo(d.Id, d.StartsAt, d.EndsAt, free, waiting, perQuota, Cancelled: d.IsCancelled, Sequence: d.Sequence);
        }).ToList();
        return Outcome<Response>.Ok(new Response(
            item.Id, item.Slug, item.Status, item.Title, item.Description, item.Agenda, item.Audience, item.Topic, item.Mode, item.MunicipalityAgs, item.OrganisationId,
            organisation?.Name, place, item.OnlineUrl, item.Cost, item.Capacity, item.CancelReason, item.IsDemo, infos,
            item is { Status: not EventStatus.Draft, OutcomeText: { } outcome, OutcomePublishedAt: { } published, OutcomeUpdatedAt: { } updated }
                ? new OutcomeInfo(outcome, item.OutcomeDocumentUrl, published, updated)
                : null,
            quotas, item.Allocation, item.DrawAt));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/events/{idOrSlug}", async Task<Results<Ok<Response>, NotFoundProblem>> (
                string idOrSlug, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(idOrSlug, person, organisations, db, text, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value) : outcome.ToNotFound();
            })
            .WithName("GetEvent")
            .WithSummary("One event by id or slug with its place, dates, free seats, waiting list length and outcomes; drafts only for their organisers.")
            .AllowAnonymous();
}
