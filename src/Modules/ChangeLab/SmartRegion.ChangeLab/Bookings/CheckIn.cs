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
/// The person who booked says they are there, from 15 minutes before the start until the end; a booking checked in
/// is never released as a no-show.
/// </summary>
internal static class CheckIn
{
    public static readonly TimeSpan Early = TimeSpan.FromMinutes(15);

    internal sealed record Response(Guid Id, DateTimeOffset CheckedInAt);

    public static bool IsOpen(DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now) => now >= startsAt - Early && now < endsAt;

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null || person.Id is not { } who || booking.PersonId != who.Value)
        {
            return Outcome<Response>.NotFound(text["Booking.NotFound"]);
        }

        var now = time.GetUtcNow();
        if (booking.Status != BookingStatus.Confirmed || !IsOpen(booking.StartsAt, booking.EndsAt, now))
        {
            return Outcome<Response>.Conflict(text["CheckIn.NotNow"]);
        }

        booking.CheckIn(booking.CheckedInAt ?? now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(booking.Id, booking.CheckedInAt!.Value));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/bookings/{id:guid}/check-in", async Task<Results<Ok<Response>, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("CheckInChangeLabBooking")
            .WithSummary("The person who booked checks in, from 15 minutes before the start until the end.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
