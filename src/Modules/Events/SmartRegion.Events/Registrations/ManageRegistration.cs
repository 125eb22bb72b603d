using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Registrations;

/// <summary>
/// What the links in a person's mails do, with the registration's token as the only key: confirm the address, cancel
/// (or leave the waiting list), accept or decline an offered seat. A freed seat goes to the next in line at once.
/// </summary>
internal static class ManageRegistration
{
    public const string ConfirmEmail = "confirm-email";
    public const string Cancel = "cancel";
    public const string Accept = "accept";
    public const string Decline = "decline";

    private static readonly string[] Actions = [ConfirmEmail, Cancel, Accept, Decline];

    internal sealed record Response(Guid Id, Guid EventId, Guid DateId, string Status, int Seats, DateTimeOffset? OfferExpiresAt, bool EmailConfirmed, DateTimeOffset? CheckedInAt = null);

    public static async Task<Outcome<Response>> GetAsync(string token, EventsDb db, RegistrationTokens tokens, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        var registration = tokens.Read(token) is { } id ? await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        return registration is null ? Outcome<Response>.NotFound(text["Token.Invalid"]) : Outcome<Response>.Ok(ToResponse(registration));
    }

    public static async Task<Outcome<Response>> ExecuteAsync(
        string token, string action, EventsDb db, RegistrationTokens tokens, TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        if (!Actions.Contains(action) || tokens.Read(token) is not { } id)
        {
            return Outcome<Response>.NotFound(text["Token.Invalid"]);
        }

        var dateId = await db.Registrations.Where(r => r.Id == id).Select(r => (Guid?)r.DateId).SingleOrDefaultAsync(cancellationToken);
        if (dateId is null)
        {
            return Outcome<Response>.NotFound(text["Token.Invalid"]);
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeatLedger.LockAsync(db, dateId.Value, cancellationToken);
        var capacity = await db.Dates.Where(d => d.Id == dateId).Join(db.Events, d => d.EventId, e => e.Id, (d, e) => e.Capacity).SingleAsync(cancellationToken) ?? 0;

        // Offers that ran out are settled first, so an expired offer can be neither accepted nor held.
        var offered = (await SeatLedger.RebalanceAsync(db, dateId.Value, capacity, now, cancellationToken)).ToList();
        var registration = await db.Registrations.SingleAsync(r => r.Id == id, cancellationToken);
        var refusal = Apply(registration, action, now);
        if (refusal is not null)
        {
            await PublishOffersAsync(db, offered, now, transaction, cancellationToken);
            return Outcome<Response>.Conflict(text[refusal]);
        }

        await db.SaveChangesAsync(cancellationToken);
        offered.AddRange(await SeatLedger.RebalanceAsync(db, dateId.Value, capacity, now, cancellationToken));
        var what = action switch { Accept => RegistrationChanged.Confirmed, ConfirmEmail => null, _ => RegistrationChanged.Cancelled };
        if (what is not null)
        {
            db.Publish(new RegistrationChanged(registration.Id, registration.EventId, what), now);
            db.Publish(new EventChanged(registration.EventId), now);
        }

        await PublishOffersAsync(db, offered, now, transaction, cancellationToken);
        return Outcome<Response>.Ok(ToResponse(registration));
    }

    private static string? Apply(Registration registration, string action, DateTimeOffset now)
    {
        switch (action)
        {
            case ConfirmEmail:
                registration.ConfirmEmail(now);
                return null;
            case Accept when registration.Status == RegistrationStatus.Offered:
                registration.ConfirmEmail(now);
                registration.MoveTo(RegistrationStatus.Confirmed, now);
                return null;
            case Accept:
                return registration.Status == RegistrationStatus.Expired ? "Offer.Expired" : "Offer.None";
            case Decline when registration.Status == RegistrationStatus.Offered:
                registration.MoveTo(RegistrationStatus.Declined, now);
                return null;
            case Decline:
                return registration.Status == RegistrationStatus.Expired ? "Offer.Expired" : "Offer.None";
            case Cancel when registration.CheckedInAt is not null:
                // The person was let in: the seat was used, and the certificate of attendance rests on it.
                return "Registration.CheckedIn";
            case Cancel when RegistrationStatus.IsActive(registration.Status):
                registration.MoveTo(RegistrationStatus.Cancelled, now);
                return null;
            default:
                return "Registration.NotActive";
        }
    }

    private static async Task PublishOffersAsync(
        EventsDb db, IReadOnlyList<Registration> offered, DateTimeOffset now, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        CancellationToken cancellationToken)
    {
        foreach (var offer in offered)
        {
            db.Publish(new RegistrationChanged(offer.Id, offer.EventId, RegistrationChanged.Offered), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Response ToResponse(Registration r) => new(r.Id, r.EventId, r.DateId, r.Status, r.Seats, r.OfferExpiresAt, r.EmailConfirmedAt is not null, r.CheckedInAt);

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapGet("/registrations/{token}", async Task<Results<Ok<Response>, NotFoundProblem>> (
                string token, HttpContext http, EventsDb db, RegistrationTokens tokens, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                // A person's registration behind a secret address: no browser or proxy keeps a copy, found or not.
                http.Response.Headers.CacheControl = "private, no-store";
                var outcome = await GetAsync(token, db, tokens, text, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value) : outcome.ToNotFound();
            })
            .WithName("GetEventRegistration")
            .WithSummary("The state of a registration, by the secret token from its mail.")
            .AllowAnonymous();
        group.MapPost("/registrations/{token}/{action}", async Task<Results<Ok<Response>, NotFoundProblem, ConflictProblem>> (
                string token, string action, EventsDb db, RegistrationTokens tokens, TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(token, action, db, tokens, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("ChangeEventRegistration")
            .WithSummary("confirm-email, cancel (also leaves the waiting list), accept or decline an offered seat; 404 for a forged token, 409 when the state does not allow it.")
            .AllowAnonymous();
    }
}
