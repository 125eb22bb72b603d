using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.ChangeLab.Approvals;

/// <summary>The bookings waiting for the current person's decision: those of rooms run by a municipality they administer.</summary>
internal static class ListPendingBookings
{
    internal sealed record Item(Guid Id, string Resource, string ResourceName, string PersonName, DateOnly Day, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset CreatedAt);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(ICurrentPerson person, ChangeLabDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var reach = person.MunicipalitiesFor(HubRoles.MunicipalityAdmin);
        if (reach is { Count: 0 })
        {
            return [];
        }

        var now = time.GetUtcNow();
        return await db.Bookings.AsNoTracking().Where(b => b.Status == BookingStatus.Pending && b.EndsAt > now)
            .Join(db.Bookables, b => b.BookableId, r => r.Id, (b, r) => new { b, r })
            .Where(x => reach == null || reach.Contains(x.r.MunicipalityAgs))
            .OrderBy(x => x.b.StartsAt)
            .Select(x => new Item(x.b.Id, x.r.Slug, x.r.Name, x.b.PersonName, x.b.Day, x.b.StartsAt, x.b.EndsAt, x.b.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/approvals", async Task<Ok<IReadOnlyList<Item>>> (ICurrentPerson person, ChangeLabDb db, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(person, db, time, ct)))
            .WithName("ListChangeLabApprovals")
            .WithSummary("Bookings waiting for the signed-in administrator's decision, soonest first.")
            .RequireAuthorization(ChangeLabAccess.ApproverPolicy);
}
