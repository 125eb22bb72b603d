using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Bookings;

/// <summary>
/// A weekly booking: the same resource and time on the same weekday for several weeks, skipping Bavarian public
/// holidays. All of it is written in one transaction, so either every week is booked or, when one is taken, none is.
/// </summary>
internal static class BookSeries
{
    public const int MaxWeeks = 12;

    internal sealed record Request(string? Resource, string? Day, string? From, string? To, int? Weeks);

    internal sealed record Response(Guid SeriesId, IReadOnlyList<Guid> Bookings, IReadOnlyList<DateOnly> SkippedHolidays, string Status);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, ChangeLabDb db, IOptions<ChangeLabOptions> options, TimeProvider time,
        IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(options);
        if (person.Id is not { } who || !ChangeLabAccess.IsStaff(person))
        {
            return Outcome<Response>.Forbidden(text["Booking.StaffOnly"]);
        }

        var slug = request.Resource?.Trim() ?? "";
        var bookable = await db.Bookables.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, cancellationToken);
        if (bookable is null)
        {
            return Outcome<Response>.NotFound(text["Bookable.NotFound"]);
        }

        if (request.Weeks is not (>= 2 and <= MaxWeeks))
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add("Weeks", text["Field.Weeks.Range", MaxWeeks]));
        }

        var rules = options.Value;
        var now = time.GetUtcNow();
        var (first, errors) = BookingRules.Check(request.Day, request.From, request.To, rules, now, text);
        if (first is null)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var stretches = new List<BookingRules.Stretch>();
        var skipped = new List<DateOnly>();
        for (var week = 0; week < request.Weeks; week++)
        {
            var day = first.Day.AddDays(7 * week);
            if (BavarianHolidays.IsHoliday(day))
            {
                skipped.Add(day);
                continue;
            }

            var (stretch, _) = BookingRules.Check(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), request.From, request.To, rules, now, text);
            if (stretch is null)
            {
                return Outcome<Response>.Invalid(new ValidationErrors().Add("Weeks", text["Field.Weeks.Beyond", day.ToString("d", CultureInfo.CurrentCulture)]));
            }

            stretches.Add(stretch);
        }

        var held = await db.Bookings.CountAsync(
            b => b.PersonId == who.Value && b.EndsAt > now && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Pending), cancellationToken);
        if (held + stretches.Count > rules.MaxBookingsPerPerson)
        {
            return Outcome<Response>.Conflict(text["Booking.TooMany", rules.MaxBookingsPerPerson]);
        }

        var slots = stretches.SelectMany(s => s.Slots).ToList();
        if (await db.BookingUnits.AnyAsync(u => u.BookableId == bookable.Id && slots.Contains(u.SlotStart), cancellationToken))
        {
            return Outcome<Response>.Conflict(text["Booking.SeriesTaken", bookable.Name]);
        }

        var series = Guid.NewGuid();
        var bookings = stretches.Select(s => Booking.Create(bookable.Id, who.Value, person.DisplayName ?? "", s.Day, s.StartsAt, s.EndsAt,
            bookable.NeedsApproval, s.Slots, now, series)).ToList();
        db.Bookings.AddRange(bookings);
        foreach (var pending in bookings.Where(b => b.Status == BookingStatus.Pending))
        {
            db.Publish(new BookingRequested(pending.Id), now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Booking.SeriesTaken", bookable.Name]);
        }

        return Outcome<Response>.Ok(new Response(series, [.. bookings.Select(b => b.Id)], skipped, bookings[0].Status));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/bookings/series", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Request request, ICurrentPerson person, ChangeLabDb db, IOptions<ChangeLabOptions> options, TimeProvider time,
                IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, options, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/changelab/bookings/mine", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("BookChangeLabSeries")
            .WithSummary("Books the same time weekly for 2–12 weeks, skipping Bavarian public holidays; all weeks or none.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
