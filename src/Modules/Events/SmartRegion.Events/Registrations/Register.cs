using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Quotas;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Text;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Events.Registrations;

/// <summary>
/// Someone registers a group for one date, with or without an account. Confirmed while seats are free and nobody is
/// waiting, otherwise on the waiting list in arrival order; <see cref="SeatLedger"/> makes the database decide. With
/// quotas, the same holds per quota: staff take a seat of their quota, or of a quota for everyone when theirs is full,
/// and wait in their own quota's line when both are; everyone else takes and waits for a quota for everyone.
/// </summary>
internal static class Register
{
    internal sealed class Request
    {
        public int? Seats { get; set; }

        public string? Name { get; set; }

        public string? Email { get; set; }

        public List<string>? Needs { get; set; }

        public bool Consent { get; set; }
    }

    internal sealed record Response(Guid Id, string Status, int? WaitingPosition, string Token);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid dateId, Request request, ICurrentPerson person, EventsDb db, RegistrationTokens tokens, TimeProvider time, IStringLocalizer<EventsText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var found = await SeatLedger.FindAsync(db, dateId, cancellationToken);
        if (found is not var (item, date) || item.Status == EventStatus.Draft)
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        var errors = new ValidationErrors();
        var seats = request.Seats ?? 1;
        var name = request.Name?.Trim() ?? "";
        var email = request.Email?.Trim().ToLowerInvariant() ?? "";
        var needs = (request.Needs ?? []).Distinct().ToList();
        errors.AddIf(seats < 1 || seats > Registration.MaxGroup, nameof(Request.Seats), text["Field.Seats.Invalid", Registration.MaxGroup]);
        errors.AddIf(name.Length is 0 or > Registration.MaxName || TextInput.HasControlCharacters(name), nameof(Request.Name), text["Field.Name.Invalid"]);
        errors.AddIf(!IsEmail(email), nameof(Request.Email), text["Field.Email.Invalid"]);
        errors.AddIf(needs.Any(n => !AccessNeeds.All.Contains(n)), nameof(Request.Needs), text["Field.Needs.Invalid"]);
        errors.AddIf(!request.Consent, nameof(Request.Consent), text["Field.Consent.Required"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        if (Refusal(item, date, seats, now) is { } refusal)
        {
            return Outcome<Response>.Conflict(text[refusal]);
        }

        var staff = SeatPools.IsStaff(person);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var arrival = (await SeatLedger.LockAsync(db, dateId, cancellationToken))!.Value;
        var pools = await SeatLedger.PoolsAsync(db, dateId, item.Capacity!.Value, cancellationToken);
        var open = pools.OpenTo(staff);
        if (open.Count == 0)
        {
            return Outcome<Response>.Conflict(text["Register.NoQuota"]);
        }

        if (seats > open.Max(p => p.Seats))
        {
            return Outcome<Response>.Conflict(text["Register.GroupTooLarge"]);
        }

        // One read of the date's active entries under the lock: fewer round trips while the lock is held.
        var active = await db.Registrations.Where(r => r.DateId == dateId &&
                (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Waiting
                    || r.Status == RegistrationStatus.Entered))
            .Select(r => new { r.Status, r.Seats, r.Email, r.QuotaId }).ToListAsync(cancellationToken);
        if (active.Any(r => r.Email == email))
        {
            return Outcome<Response>.Conflict(text["Register.Already"]);
        }

        // Read under the lock: a draw that ran a moment ago makes this registration first come, first served, and a date or
        // event the organisers cancelled or moved a moment ago is judged as it is now.
        var locked = await db.Dates.Where(d => d.Id == dateId).Join(db.Events, d => d.EventId, e => e.Id, (d, e) => new { d.DrawnAt, d.CancelledAt, d.StartsAt, e.Status })
            .SingleAsync(cancellationToken);
        if (locked.Status == EventStatus.Cancelled || locked.CancelledAt is not null || now >= locked.StartsAt.AddHours(-item.RegistrationClosesHoursBefore))
        {
            return Outcome<Response>.Conflict(text[locked.Status == EventStatus.Cancelled ? "Register.Cancelled"
                : locked.CancelledAt is not null ? "Register.DateCancelled" : "Register.Closed"]);
        }

        var entered = item.IsLottery && locked.DrawnAt is null;

        bool InPool(Guid? quotaId, Guid? pool) => !pools.HasQuotas || quotaId == pool;
        var place = entered ? null : SeatPools.Place(open, seats,
            pool => active.Where(r => RegistrationStatus.HoldsSeat(r.Status) && InPool(r.QuotaId, pool)).Sum(r => r.Seats),
            pool => active.Any(r => r.Status is RegistrationStatus.Offered or RegistrationStatus.Waiting && InPool(r.QuotaId, pool)));
        var confirmed = place is not null;
        var quota = (place ?? open[0]).Id;
        var waiting = active.Count(r => r.Status == RegistrationStatus.Waiting && InPool(r.QuotaId, quota));
        var registration = Registration.Create(item.Id, dateId, arrival, confirmed, seats, name, email, person.Id?.Value, needs, now,
            language: RecipientCulture.LanguageOf(CultureInfo.CurrentUICulture), quotaId: quota, entered: entered);
        db.Registrations.Add(registration);
        db.Publish(new RegistrationChanged(registration.Id, item.Id, RegistrationChanged.Registered), now);
        await db.SaveChangesAsync(cancellationToken);
        int? position = confirmed || entered ? null : waiting + 1;
        await transaction.CommitAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(registration.Id, registration.Status, position, tokens.For(registration.Id)));
    }

    /// <summary>Why nobody can register for the date now, as a text key; null when they can.</summary>
    public static string? Refusal(Event item, EventDate date, int seats, DateTimeOffset now) =>
        item.Status == EventStatus.Cancelled ? "Register.Cancelled"
        : date.IsCancelled ? "Register.DateCancelled"
        : !item.TakesRegistrations ? "Register.NotNeeded"
        : now >= date.StartsAt.AddHours(-item.RegistrationClosesHoursBefore) ? "Register.Closed"
        : seats > item.Capacity ? "Register.GroupTooLarge"
        : null;

    private static bool IsEmail(string value) =>
        value.Length is > 2 and <= Registration.MaxEmail && MailAddress.TryCreate(value, out var address) && address.Address == value && !value.Contains(' ', StringComparison.Ordinal);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/dates/{dateId:guid}/registrations", async Task<Results<Created<Response>, ValidationProblem, NotFoundProblem, ConflictProblem>> (
                Guid dateId, Request request, ICurrentPerson person, EventsDb db, RegistrationTokens tokens, TimeProvider time, IStringLocalizer<EventsText> text,
                CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(dateId, request, person, db, tokens, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/events/registrations/{outcome.Value!.Token}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("RegisterForEventDate")
            .WithSummary("Registers a group for a date: confirmed while seats are free, else on the waiting list in arrival order. Open to everyone; the token in the answer is the secret for the person's links.")
            .AllowAnonymous();
}
