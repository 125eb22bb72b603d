using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Quotas;

namespace SmartRegion.Events.Registrations;

/// <summary>
/// The one place seats change. Each change runs in a transaction that first updates the date's row: PostgreSQL then
/// holds that row's lock until commit, SQLite its single write lock (the transaction begins immediate), so changes to
/// one date's seats happen one after another in the database — on every node, with no lock in process memory — and the
/// arrival number taken under that lock is the waiting list's order.
/// </summary>
internal static class SeatLedger
{
    /// <summary>How long a freed seat stays offered to the next person in line.</summary>
    public static readonly TimeSpan OfferValidFor = TimeSpan.FromHours(24);

    /// <summary>Locks the date and returns its next arrival number; null when the date does not exist.</summary>
    public static async Task<long?> LockAsync(EventsDb db, Guid dateId, CancellationToken cancellationToken)
    {
        var updated = await db.Dates.Where(d => d.Id == dateId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Arrivals, d => d.Arrivals + 1), cancellationToken);
        if (updated == 0)
        {
            return null;
        }

        return await db.Dates.Where(d => d.Id == dateId).Select(d => d.Arrivals).SingleAsync(cancellationToken);
    }

    /// <summary>Seats held by confirmed and offered entries of the date (call under the lock).</summary>
    public static Task<int> HeldAsync(EventsDb db, Guid dateId, CancellationToken cancellationToken) =>
        db.Registrations.Where(r => r.DateId == dateId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered))
            .SumAsync(r => r.Seats, cancellationToken);

    /// <summary>
    /// Under the lock: lets offers that ran out expire, then offers free seats to the waiting entries in arrival order,
    /// per pool (<see cref="SeatPools"/>: the whole capacity, or each quota with its own line). Strictly first come, first
    /// served: when the next group does not fit, nobody behind it jumps the line. Once its own line is served, a quota
    /// for everyone offers what is left to staff still waiting for a full staff quota, in arrival order.
    /// </summary>
    public static async Task<IReadOnlyList<Registration>> RebalanceAsync(EventsDb db, Guid dateId, int capacity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Dates.Where(d => d.Id == dateId).Select(d => d.CancelledAt).SingleAsync(cancellationToken) is not null)
        {
            // A cancelled date gives out no more seats: an offer for it would mislead.
            return [];
        }

        var open = await db.Registrations.Where(r => r.DateId == dateId && (r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Waiting))
            .OrderBy(r => (long?)r.DrawPosition ?? r.Arrival).ThenBy(r => r.Arrival).ToListAsync(cancellationToken);
        foreach (var offer in open.Where(r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAt <= now))
        {
            offer.MoveTo(RegistrationStatus.Expired, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var pools = await PoolsAsync(db, dateId, capacity, cancellationToken);
        var held = await HeldByPoolAsync(db, dateId, cancellationToken);
        var offered = new List<Registration>();
        foreach (var pool in pools.All)
        {
            var free = pool.Seats - (pools.HasQuotas ? held.GetValueOrDefault(pool.Id ?? Guid.Empty) : held.Values.Sum());
            var line = open.Where(r => r.Status == RegistrationStatus.Waiting && (!pools.HasQuotas || r.QuotaId == pool.Id))
                .Concat(open.Where(r => r.Status == RegistrationStatus.Waiting && pools.HasQuotas && pools.MayFallBack(r.QuotaId, pool)));
            foreach (var waiting in line)
            {
                if (waiting.Status != RegistrationStatus.Waiting)
                {
                    continue;
                }

                if (waiting.Seats > free)
                {
                    break;
                }

                waiting.PlaceIn(pool.Id);
                waiting.Offer(now, OfferValidFor);
                free -= waiting.Seats;
                offered.Add(waiting);
            }
        }

        return offered;
    }

    /// <summary>The date's pools: its event's quotas, or the whole capacity.</summary>
    public static async Task<SeatPools> PoolsAsync(EventsDb db, Guid dateId, int capacity, CancellationToken cancellationToken)
    {
        var eventId = db.Dates.Where(d => d.Id == dateId).Select(d => d.EventId);
        var quotas = await db.Quotas.AsNoTracking().Where(q => eventId.Contains(q.EventId)).ToListAsync(cancellationToken);
        return SeatPools.For(capacity, quotas);
    }

    /// <summary>Seats held per quota (<see cref="Guid.Empty"/> for entries without one), under the lock.</summary>
    private static async Task<Dictionary<Guid, int>> HeldByPoolAsync(EventsDb db, Guid dateId, CancellationToken cancellationToken) =>
        (await db.Registrations.Where(r => r.DateId == dateId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered))
            .GroupBy(r => r.QuotaId).Select(g => new { g.Key, Seats = g.Sum(r => r.Seats) }).ToListAsync(cancellationToken))
        .ToDictionary(x => x.Key ?? Guid.Empty, x => x.Seats);

    public static async Task<(Event Event, EventDate Date)?> FindAsync(EventsDb db, Guid dateId, CancellationToken cancellationToken)
    {
        var date = await db.Dates.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dateId, cancellationToken);
        if (date is null)
        {
            return null;
        }

        var item = await db.Events.AsNoTracking().SingleAsync(e => e.Id == date.EventId, cancellationToken);
        return (item, date);
    }
}
