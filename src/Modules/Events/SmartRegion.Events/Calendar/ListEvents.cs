using System.Buffers.Binary;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Events.Calendar;

/// <summary>The public calendar: published and cancelled events' dates from a day on, filtered, one page at a time.</summary>
internal static class ListEvents
{
    public const int PageSize = 20;

    internal sealed record Query(string? Municipality, string? Topic, DateOnly? From, DateOnly? To, bool FreeOnly, string? Search, Guid? Organisation, int Page);

    internal sealed record Item(
        Guid EventId, Guid DateId, string Slug, string Title, string MunicipalityAgs, string Topic, string Mode, DateTimeOffset Starts, DateTimeOffset Ends,
        decimal Cost, string Status, bool IsDemo);

    internal sealed record Response(IReadOnlyList<Item> Items, int Total, int Page, int PageSize);

    public static async Task<Response> ExecuteAsync(Query query, EventsDb db, TimeProvider time, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = query.From is { } day ? Recurrence.ToUtc(day.ToDateTime(TimeOnly.MinValue)) : time.GetUtcNow();
        var rows = Filter(query, db, from);
        var total = await TotalAsync(query, db, from, cache, cancellationToken);
        var page = Math.Max(1, query.Page);
        var items = await rows.OrderBy(x => x.Date.StartsAt).ThenBy(x => x.Event.Title).Skip((page - 1) * PageSize).Take(PageSize).Select(ToItem).ToListAsync(cancellationToken);
        return new Response(items, total, page, PageSize);
    }

    /// <summary>
    /// The number of matching dates changes only when an event is written or one of its dates ends. It is kept like a
    /// cached page — one minute at most, gone on every node with any change of an event (<see cref="PageCache.Tag"/>) —
    /// while the dates of the page asked for are read every time.
    /// </summary>
    private static async Task<int> TotalAsync(Query query, EventsDb db, DateTimeOffset from, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var key = string.Join('|', "events-total", query.Municipality, query.Topic, query.From?.ToString("O", CultureInfo.InvariantCulture),
            query.To?.ToString("O", CultureInfo.InvariantCulture), query.FreeOnly ? "free" : "", query.Search?.Trim().ToLowerInvariant(), query.Organisation?.ToString("N"));
        if (await cache.GetAsync(key, cancellationToken) is { Length: sizeof(int) } kept)
        {
            return BinaryPrimitives.ReadInt32LittleEndian(kept);
        }

        var total = await Count(query, db, from).CountAsync(cancellationToken);
        var value = new byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(value, total);
        await cache.SetAsync(key, value, [PageCache.Tag], TimeSpan.FromMinutes(1), cancellationToken);
        return total;
    }

    /// <summary>A date with its event, as the query joins them.</summary>
    internal sealed class Row
    {
        public required EventDate Date { get; init; }

        public required Event Event { get; init; }
    }

    public static readonly System.Linq.Expressions.Expression<Func<Row, Item>> ToItem = x => new Item(
        x.Event.Id, x.Date.Id, x.Event.Slug, x.Event.Title, x.Event.MunicipalityAgs, x.Event.Topic, x.Event.Mode, x.Date.StartsAt, x.Date.EndsAt, x.Event.Cost,
        x.Date.CancelledAt != null ? EventStatus.Cancelled : x.Event.Status, x.Event.IsDemo);

    /// <summary>Every matching date from <paramref name="from"/>, for the month view and the feeds.</summary>
    public static IQueryable<Row> Filter(Query query, EventsDb db, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Dates(query, db, from).Join(Events(query, db), d => d.EventId, e => e.Id, (d, e) => new Row { Date = d, Event = e });
    }

    /// <summary>
    /// The matching dates without their events, to count them. Counting the join looks up every date's event; without a
    /// filter on the events (the calendar's first page), only the few drafts are left out, read from the index on the end.
    /// </summary>
    private static IQueryable<EventDate> Count(Query query, EventsDb db, DateTimeOffset from)
    {
        var dates = Dates(query, db, from);
        var narrowed = !string.IsNullOrWhiteSpace(query.Municipality) || !string.IsNullOrWhiteSpace(query.Topic) || query.FreeOnly
            || query.Organisation is not null || !string.IsNullOrWhiteSpace(query.Search);
        if (narrowed)
        {
            var matching = Events(query, db).Select(e => e.Id);
            return dates.Where(d => matching.Contains(d.EventId));
        }

        var drafts = db.Events.Where(e => e.Status == EventStatus.Draft).Select(e => e.Id);
        return dates.Where(d => !drafts.Contains(d.EventId));
    }

    private static IQueryable<Event> Events(Query query, EventsDb db)
    {
        ArgumentNullException.ThrowIfNull(query);
        var events = db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Draft);
        if (!string.IsNullOrWhiteSpace(query.Municipality))
        {
            events = events.Where(e => e.MunicipalityAgs == query.Municipality);
        }

        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            events = events.Where(e => e.Topic == query.Topic);
        }

        if (query.FreeOnly)
        {
            events = events.Where(e => e.IsFree);
        }

        if (query.Organisation is { } org)
        {
            events = events.Where(e => e.OrganisationId == org);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + query.Search.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            events = events.Where(e => EF.Functions.Like(e.Title.ToLower(), pattern, "\\") || EF.Functions.Like(e.Description.ToLower(), pattern, "\\"));
        }

        return events;
    }

    private static IQueryable<EventDate> Dates(Query query, EventsDb db, DateTimeOffset from)
    {
        var dates = db.Dates.AsNoTracking().Where(d => d.EndsAt >= from);
        if (query.To is { } to)
        {
            var until = Recurrence.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            dates = dates.Where(d => d.StartsAt < until);
        }

        return dates;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/events", async Task<Ok<Response>> (
                string? municipality, string? topic, DateOnly? from, DateOnly? to, bool? free, string? q, Guid? organisation, int? page, EventsDb db, TimeProvider time,
                IOutputCacheStore cache, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(new Query(municipality, topic, from, to, free == true, q, organisation, page ?? 1), db, time, cache, ct)))
            .WithName("ListEvents")
            .WithSummary("The public calendar's dates, soonest first, 20 a page; filters: municipality (AGS), topic, from/to (ISO dates), free, q (words), organisation.")
            .AllowAnonymous();
}
