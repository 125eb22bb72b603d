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

namespace SmartRegion.ChangeLab.Bookings;

/// <summary>
/// A member of staff books a room, desk or piece of equipment for a whole opening day or a stretch of slots. The slots
/// are written as rows keyed by (resource, slot): when two requests for the same slot arrive at once, on one node or
/// many, the database lets exactly one in and the other gets a clear message with nothing changed.
/// </summary>
internal static class BookResource
{
    internal sealed record Request(string? Resource, string? Day, string? From, string? To);

    internal sealed record Response(Guid Id, string Resource, DateOnly Day, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Status);

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

        var rules = options.Value;
        var now = time.GetUtcNow();
        var (stretch, errors) = BookingRules.Check(request.Day, request.From, request.To, rules, now, text);
        if (stretch is null)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var held = await db.Bookings.CountAsync(
            b => b.PersonId == who.Value && b.EndsAt > now && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Pending), cancellationToken);
        if (held >= rules.MaxBookingsPerPerson)
        {
            return Outcome<Response>.Conflict(text["Booking.TooMany", rules.MaxBookingsPerPerson]);
        }

        var slots = stretch.Slots;
        if (await db.BookingUnits.AnyAsync(u => u.BookableId == bookable.Id && slots.Contains(u.SlotStart), cancellationToken))
        {
            return Outcome<Response>.Conflict(text["Booking.Taken", bookable.Name]);
        }

        var booking = Booking.Create(bookable.Id, who.Value, person.DisplayName ?? "", stretch.Day, stretch.StartsAt, stretch.EndsAt,
            bookable.NeedsApproval, slots, now);
        db.Bookings.Add(booking);
        if (booking.Status == BookingStatus.Pending)
        {
            db.Publish(new BookingRequested(booking.Id), now);
        }

        try
        {
            // One SaveChanges is one transaction: the booking and all its slots land together or not at all.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Booking.Taken", bookable.Name]);
        }

        return Outcome<Response>.Ok(new Response(booking.Id, bookable.Slug, booking.Day, booking.StartsAt, booking.EndsAt, booking.Status));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/bookings", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Request request, ICurrentPerson person, ChangeLabDb db, IOptions<ChangeLabOptions> options, TimeProvider time,
                IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, options, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created("/api/changelab/bookings/mine", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("BookChangeLabResource")
            .WithSummary("Books a resource for a whole opening day (no times) or from–to on slot boundaries; 409 when a slot is taken.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
