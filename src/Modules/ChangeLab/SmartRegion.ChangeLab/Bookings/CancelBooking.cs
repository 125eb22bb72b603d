using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Bookings;

/// <summary>
/// The person who booked gives a booking back before it ends; its slots are free at once for colleagues. An
/// administrator of the municipality that runs the resource may cancel too (a room needed for something else).
/// </summary>
internal static class CancelBooking
{
    internal sealed record Response(Guid Id, string Status);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, bool andLater, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.IsStaff(person))
        {
            return Outcome<Response>.Forbidden(text["Booking.StaffOnly"]);
        }

        var booking = await db.Bookings.Include(b => b.Units).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null)
        {
            return Outcome<Response>.NotFound(text["Booking.NotFound"]);
        }

        var bookable = await db.Bookables.AsNoTracking().SingleAsync(b => b.Id == booking.BookableId, cancellationToken);
        if (booking.PersonId != who.Value && !ChangeLabAccess.Approves(person, bookable.MunicipalityAgs))
        {
            // Someone else's booking is not shown to them, so it is not found for them either.
            return Outcome<Response>.NotFound(text["Booking.NotFound"]);
        }

        var now = time.GetUtcNow();
        if (!BookingStatus.Holds(booking.Status) || booking.EndsAt <= now)
        {
            return Outcome<Response>.Conflict(text["Booking.NotCancellable"]);
        }

        booking.Cancel(now);
        if (andLater && booking.SeriesId is { } series)
        {
            // "This and later": the rest of the weekly series goes with it; earlier weeks stay.
            var later = await db.Bookings.Include(b => b.Units)
                .Where(b => b.SeriesId == series && b.StartsAt > booking.StartsAt && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Pending))
                .ToListAsync(cancellationToken);
            later.ForEach(b => b.Cancel(now));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Cancelled twice at once: the other request already gave the slots back.
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Booking.NotCancellable"]);
        }

        return Outcome<Response>.Ok(new Response(booking.Id, booking.Status));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/bookings/{id:guid}", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, bool? andLater, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, andLater == true, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("CancelChangeLabBooking")
            .WithSummary("The person who booked (or an administrator of the resource's municipality) cancels a booking that has not ended; with andLater=true also the later weeks of its series.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
