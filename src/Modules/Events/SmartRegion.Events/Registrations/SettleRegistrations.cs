using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Contracts;
using SmartRegion.Kernel.Hosting;

namespace SmartRegion.Events.Registrations;

/// <summary>
/// What time decides in the registration core, without waiting for someone to touch the date: an offered seat not taken
/// in time expires and goes to the next person in line, and a registration whose e-mail address was not confirmed within
/// <see cref="ConfirmWithin"/> lapses and frees its seat or place in line. Each date is settled under its lock, as every
/// other change of seats (<see cref="SeatLedger"/>); the people concerned are told by mail through the outbox.
/// One call is one round; when nothing is due it costs one indexed query.
/// </summary>
internal sealed class SettleRegistrations(EventsDb db, TimeProvider time) : IPeriodicWork
{
    /// <summary>Off with <c>false</c>: the tests call one round directly.</summary>
    public const string SettingName = "Modules:Events:SettleInBackground";

    /// <summary>How often a round runs.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    /// <summary>How long a registration without account waits for its address to be confirmed by the link in the mail.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(48);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var registeredBefore = now - ConfirmWithin;
        var due = await db.Registrations
            .Where(r => (r.Status == RegistrationStatus.Offered && r.OfferExpiresAt <= now)
                || (r.EmailConfirmedAt == null && r.CreatedAt <= registeredBefore
                    && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waiting || r.Status == RegistrationStatus.Offered
                        || r.Status == RegistrationStatus.Entered)))
            .Join(db.Dates.Where(d => d.StartsAt > now), r => r.DateId, d => d.Id, (r, d) => r.DateId)
            .Distinct().ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var dateId in due)
        {
            changed += await SettleAsync(dateId, now, registeredBefore, cancellationToken);
            db.ChangeTracker.Clear();
        }

        return changed;
    }

    private async Task<int> SettleAsync(Guid dateId, DateTimeOffset now, DateTimeOffset registeredBefore, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeatLedger.LockAsync(db, dateId, cancellationToken);
        var capacity = await db.Dates.Where(d => d.Id == dateId).Join(db.Events, d => d.EventId, e => e.Id, (d, e) => e.Capacity).SingleAsync(cancellationToken) ?? 0;

        // Read again under the lock: another node, or the person's own click, may have settled them a moment ago.
        var settled = await db.Registrations
            .Where(r => r.DateId == dateId && ((r.Status == RegistrationStatus.Offered && r.OfferExpiresAt <= now)
                || (r.EmailConfirmedAt == null && r.CreatedAt <= registeredBefore
                    && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waiting || r.Status == RegistrationStatus.Offered
                        || r.Status == RegistrationStatus.Entered))))
            .ToListAsync(cancellationToken);
        foreach (var registration in settled)
        {
            var lapsed = registration.EmailConfirmedAt is null && registration.CreatedAt <= registeredBefore;
            registration.MoveTo(lapsed ? RegistrationStatus.Lapsed : RegistrationStatus.Expired, now);
            db.Publish(new RegistrationChanged(registration.Id, registration.EventId, lapsed ? RegistrationChanged.Lapsed : RegistrationChanged.Expired), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var offer in await SeatLedger.RebalanceAsync(db, dateId, capacity, now, cancellationToken))
        {
            db.Publish(new RegistrationChanged(offer.Id, offer.EventId, RegistrationChanged.Offered), now);
        }

        if (settled.Count > 0)
        {
            db.Publish(new EventChanged(settled[0].EventId), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return settled.Count;
    }
}
