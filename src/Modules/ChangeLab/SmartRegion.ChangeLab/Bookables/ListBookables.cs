using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Bookables;

/// <summary>
/// Every room, desk and piece of equipment with how much of today is still free: the list view beside the floor plan,
/// and the same as JSON.
/// </summary>
internal static class ListBookables
{
    internal sealed record Item(
        Guid Id, string Slug, string Kind, string Name, string Description, int? Capacity, bool NeedsApproval, string MunicipalityAgs,
        PlanPlace? Place, int SlotsToday, int FreeSlotsToday, bool IsDemo);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(ChangeLabDb db, IOptions<ChangeLabOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var today = BerlinDay.Of(time.GetUtcNow());
        var open = BookingRules.IsOpenDay(today);
        var slots = open ? BookingRules.SlotTimes(options.Value).Count : 0;
        var from = BerlinDay.At(today, TimeOnly.MinValue);
        var until = BerlinDay.At(today.AddDays(1), TimeOnly.MinValue);
        var taken = await db.BookingUnits.AsNoTracking().Where(u => u.SlotStart >= from && u.SlotStart < until)
            .GroupBy(u => u.BookableId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var bookables = await db.Bookables.AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(cancellationToken);
        return [.. bookables.Select(b => new Item(b.Id, b.Slug, b.Kind, b.Name, b.Description, b.Capacity, b.NeedsApproval, b.MunicipalityAgs, b.Place,
            slots, Math.Max(0, slots - taken.GetValueOrDefault(b.Id)), b.IsDemo))];
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/resources", async Task<Ok<IReadOnlyList<Item>>> (ChangeLabDb db, IOptions<ChangeLabOptions> options, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(db, options, time, ct)))
            .WithName("ListChangeLabResources")
            .WithSummary("Rooms, desks and equipment of the co-working space with today's free slots.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
