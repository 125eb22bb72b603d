using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Hosting;

namespace SmartRegion.ChangeLab.Bookings;

/// <summary>
/// Gives back the slots of confirmed bookings nobody checked in for within the grace time after the start, so colleagues
/// can use the rest of the time. One call is one round; when nothing is due it costs one indexed query. A booking released
/// by two nodes at once fails the second save harmlessly and stays as the first left it.
/// </summary>
internal sealed class ReleaseNoShows(ChangeLabDb db, IOptions<ChangeLabOptions> options, TimeProvider time) : IPeriodicWork
{
    public const string SettingName = "Modules:ChangeLab:ReleaseInBackground";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var grace = options.Value.NoShowMinutes;
        if (grace == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var startedBefore = now.AddMinutes(-grace);
        var due = await db.Bookings.Include(b => b.Units)
            .Where(b => b.Status == BookingStatus.Confirmed && b.StartsAt <= startedBefore && b.EndsAt > now && b.CheckedInAt == null)
            .ToListAsync(cancellationToken);
        foreach (var booking in due)
        {
            booking.Release(now);
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }
}
