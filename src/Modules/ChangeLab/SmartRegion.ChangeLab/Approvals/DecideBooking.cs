using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.ChangeLab.Approvals;

/// <summary>
/// An administrator of the municipality that runs a special room accepts or declines a booking waiting for approval; a
/// decline states its reason and gives the slots back. The person who asked is told by mail through the outbox, so
/// the decision is saved first and a mail server that is down only delays the mail.
/// </summary>
internal static class DecideBooking
{
    internal sealed record Request(bool? Approve, string? Reason);

    internal sealed record Response(Guid Id, string Status, string? Reason);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var booking = await db.Bookings.Include(b => b.Units).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null)
        {
            return Outcome<Response>.NotFound(text["Booking.NotFound"]);
        }

        var bookable = await db.Bookables.AsNoTracking().SingleAsync(b => b.Id == booking.BookableId, cancellationToken);
        if (person.Id is not { } who || !ChangeLabAccess.Approves(person, bookable.MunicipalityAgs))
        {
            return Outcome<Response>.Forbidden(text["Approval.NotYours"]);
        }

        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        var errors = new ValidationErrors()
            .AddIf(request.Approve is null, "Approve", text["Field.Approve.Required"])
            .AddIf(TextInput.HasControlCharacters(reason, allowLineBreaks: true), "Reason", text["Field.Reason.Control"])
            .AddIf(request.Approve == false && string.IsNullOrWhiteSpace(reason), "Reason", text["Field.Reason.Required"])
            .AddIf(reason?.Length > Booking.MaxReason, "Reason", text["Field.Reason.TooLong", Booking.MaxReason]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        if (booking.Status != BookingStatus.Pending || booking.EndsAt <= now)
        {
            return Outcome<Response>.Conflict(text["Approval.AlreadyDecided"]);
        }

        if (request.Approve == true)
        {
            booking.Approve(who.Value, now);
        }
        else
        {
            booking.Decline(who.Value, reason!, now);
        }

        db.Publish(new BookingDecided(booking.Id), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Approval.AlreadyDecided"]);
        }

        return Outcome<Response>.Ok(new Response(booking.Id, booking.Status, booking.DecisionReason));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/bookings/{id:guid}/decision", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("DecideChangeLabBooking")
            .WithSummary("An administrator of the room's municipality accepts (approve: true) or declines with a reason a booking waiting for approval.")
            .RequireAuthorization(ChangeLabAccess.ApproverPolicy);
}
