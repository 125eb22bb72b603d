using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.ChangeLab.Bookings;

/// <summary>The signed-in person's bookings: those still to come first, then the last 20 that ended or were given back.</summary>
internal static class ListMyBookings
{
    internal sealed record Item(Guid Id, string Resource, string ResourceName, DateOnly Day, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Status, bool Cancellable, string? Reason, bool CheckedIn, bool InSeries);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(Guid person, ChangeLabDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var all = db.Bookings.AsNoTracking().Where(b => b.PersonId == person)
            .Join(db.Bookables, b => b.BookableId, r => r.Id, (b, r) => new { b, r });
        var upcoming = await all.Where(x => x.b.EndsAt > now && (x.b.Status == BookingStatus.Confirmed || x.b.Status == BookingStatus.Pending))
            .OrderBy(x => x.b.StartsAt)
            .Select(x => new Item(x.b.Id, x.r.Slug, x.r.Name, x.b.Day, x.b.StartsAt, x.b.EndsAt, x.b.Status, true, null, x.b.CheckedInAt != null, x.b.SeriesId != null))
            .ToListAsync(cancellationToken);
        var past = await all.Where(x => x.b.EndsAt <= now || (x.b.Status != BookingStatus.Confirmed && x.b.Status != BookingStatus.Pending))
            .OrderByDescending(x => x.b.StartsAt).Take(20)
            .Select(x => new Item(x.b.Id, x.r.Slug, x.r.Name, x.b.Day, x.b.StartsAt, x.b.EndsAt, x.b.Status, false, x.b.DecisionReason, x.b.CheckedInAt != null, x.b.SeriesId != null))
            .ToListAsync(cancellationToken);
        return [.. upcoming, .. past];
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/bookings/mine", async Task<Ok<IReadOnlyList<Item>>> (ICurrentPerson person, ChangeLabDb db, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(person.Id!.Value.Value, db, time, ct)))
            .WithName("ListMyChangeLabBookings")
            .WithSummary("The signed-in person's bookings, those to come first.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
