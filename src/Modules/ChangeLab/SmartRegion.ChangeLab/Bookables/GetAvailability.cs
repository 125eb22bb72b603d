using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Bookables;

/// <summary>
/// One resource on one day: each slot from opening to closing, free or taken. Who took a slot is not said here; that is
/// for the colleagues who chose to be seen.
/// </summary>
internal static class GetAvailability
{
    internal sealed record Slot(TimeOnly From, TimeOnly To, DateTimeOffset StartsAt, bool Free);

    internal sealed record Response(Guid Id, string Slug, string Kind, string Name, string Description, int? Capacity, bool NeedsApproval,
        DateOnly Day, bool IsOpenDay, IReadOnlyList<Slot> Slots, bool IsDemo);

    public static async Task<Outcome<Response>> ExecuteAsync(
        string slug, string? day, ChangeLabDb db, IOptions<ChangeLabOptions> options, TimeProvider time, IStringLocalizer<ChangeLabText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bookable = await db.Bookables.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, cancellationToken);
        if (bookable is null)
        {
            return Outcome<Response>.NotFound(text["Bookable.NotFound"]);
        }

        var date = BerlinDay.Of(time.GetUtcNow());
        if (!string.IsNullOrWhiteSpace(day) && !DateOnly.TryParseExact(day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add("Day", text["Field.Day.Unreadable"]));
        }

        var rules = options.Value;
        var open = BookingRules.IsOpenDay(date);
        var from = BerlinDay.At(date, TimeOnly.MinValue);
        var until = BerlinDay.At(date.AddDays(1), TimeOnly.MinValue);
        var taken = (await db.BookingUnits.AsNoTracking().Where(u => u.BookableId == bookable.Id && u.SlotStart >= from && u.SlotStart < until)
            .Select(u => u.SlotStart).ToListAsync(cancellationToken)).ToHashSet();
        var slots = open
            ? BookingRules.SlotTimes(rules).Select(t => (Time: t, At: BerlinDay.At(date, t)))
                .Select(s => new Slot(s.Time, s.Time.AddMinutes(rules.SlotMinutes), s.At, !taken.Contains(s.At))).ToList()
            : [];
        return Outcome<Response>.Ok(new Response(bookable.Id, bookable.Slug, bookable.Kind, bookable.Name, bookable.Description, bookable.Capacity,
            bookable.NeedsApproval, date, open, slots, bookable.IsDemo));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/resources/{slug}", async Task<Results<Ok<Response>, ValidationProblem, NotFoundProblem>> (
                string slug, string? day, ChangeLabDb db, IOptions<ChangeLabOptions> options, TimeProvider time, IStringLocalizer<ChangeLabText> text,
                CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(slug, day, db, options, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("GetChangeLabResource")
            .WithSummary("One resource with its slots on a day (yyyy-MM-dd, default today), each free or taken.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
