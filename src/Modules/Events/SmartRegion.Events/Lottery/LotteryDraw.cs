using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Quotas;
using SmartRegion.Events.Registrations;

namespace SmartRegion.Events.Lottery;

/// <summary>
/// The draw of one date's lottery. The database makes it happen once: a conditional update sets the date's
/// <c>DrawnAt</c> only while it is empty, inside the draw's transaction, and locks the date's row as every seat change
/// does (<see cref="SeatLedger"/>) — a second draw, on this node or another, finds it set and does nothing. The order is
/// a random permutation from the operating system's cryptographic generator, stored as each entry's
/// <see cref="Registration.DrawPosition"/>; in that order entries take the seats of their pool (staff falling back to a
/// quota for everyone), the rest wait in it. Everyone drawn gets one mail through the outbox.
/// </summary>
internal static class LotteryDraw
{
    /// <summary>Draws the date; the number of entrants, or null when it was drawn already (or does not exist).</summary>
    public static async Task<int?> DrawAsync(EventsDb db, Guid dateId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Dates.Where(d => d.Id == dateId && d.DrawnAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DrawnAt, now).SetProperty(d => d.Arrivals, d => d.Arrivals + 1), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var capacity = await db.Dates.Where(d => d.Id == dateId).Join(db.Events, d => d.EventId, e => e.Id, (d, e) => e.Capacity).SingleAsync(cancellationToken) ?? 0;
        var pools = await SeatLedger.PoolsAsync(db, dateId, capacity, cancellationToken);
        var entries = await db.Registrations.Where(r => r.DateId == dateId && r.Status == RegistrationStatus.Entered).OrderBy(r => r.Arrival).ToListAsync(cancellationToken);
        var order = Shuffle(entries.Count);
        var free = pools.All.ToDictionary(p => p.Id ?? Guid.Empty, p => p.Seats);
        var held = await db.Registrations.Where(r => r.DateId == dateId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered))
            .Select(r => new { r.QuotaId, r.Seats }).ToListAsync(cancellationToken);
        foreach (var h in held)
        {
            var key = pools.HasQuotas ? h.QuotaId ?? Guid.Empty : Guid.Empty;
            if (free.ContainsKey(key))
            {
                free[key] -= h.Seats;
            }
        }

        var blocked = new HashSet<Guid>();
        for (var i = 0; i < order.Length; i++)
        {
            var entry = entries[order[i]];
            var own = pools.HasQuotas ? pools.All.FirstOrDefault(p => p.Id == entry.QuotaId) ?? pools.All[0] : pools.All[0];
            var open = new[] { own }.Concat(pools.All.Where(p => pools.MayFallBack(own.Id, p)));
            var place = open.FirstOrDefault(p => !blocked.Contains(p.Id ?? Guid.Empty) && entry.Seats <= free[p.Id ?? Guid.Empty]);
            if (place is not null)
            {
                free[place.Id ?? Guid.Empty] -= entry.Seats;
                entry.PlaceIn(place.Id);
            }
            else
            {
                // Strictly in drawn order: once someone waits for this pool, nobody drawn after them takes its seats.
                blocked.Add(own.Id ?? Guid.Empty);
            }

            entry.Drawn(i + 1, won: place is not null, now);
            db.Publish(new RegistrationChanged(entry.Id, entry.EventId, place is not null ? RegistrationChanged.Won : RegistrationChanged.NotWon), now);
        }

        if (entries.Count > 0)
        {
            db.Publish(new EventChanged(entries[0].EventId), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entries.Count;
    }

    /// <summary>A uniformly random permutation of 0 … count − 1 (Fisher–Yates with the cryptographic generator).</summary>
    public static int[] Shuffle(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        for (var i = count - 1; i > 0; i--)
        {
            var j = RandomNumberGenerator.GetInt32(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
