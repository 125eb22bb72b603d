using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.Kernel.Hosting;

namespace SmartRegion.Events.Lottery;

/// <summary>
/// Draws every lottery that is due: a published lottery event's date not drawn yet whose draw time (the organisers'
/// choice, or the date's registration deadline) has come. Every node runs it; <see cref="LotteryDraw"/> lets the
/// database make each draw happen once. One call is one round; when nothing is due it costs one query.
/// </summary>
internal sealed class DrawLotteries(EventsDb db, TimeProvider time) : IPeriodicWork
{
    /// <summary>Off with <c>false</c>: the tests call one round directly.</summary>
    public const string SettingName = "Modules:Events:DrawInBackground";

    /// <summary>How often a round runs.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await db.Dates.AsNoTracking().Where(d => d.DrawnAt == null && d.CancelledAt == null && d.EndsAt > now)
            .Join(db.Events.Where(e => e.Allocation == Allocations.Lottery && e.Status == EventStatus.Published), d => d.EventId, e => e.Id,
                (d, e) => new { d.Id, d.StartsAt, e.DrawAt, e.RegistrationClosesHoursBefore })
            .ToListAsync(cancellationToken);
        var drawn = 0;
        foreach (var date in candidates)
        {
            var closes = date.StartsAt.AddHours(-date.RegistrationClosesHoursBefore);
            var due = date.DrawAt is { } at && at < closes ? at : closes;
            if (due > now)
            {
                continue;
            }

            if (await LotteryDraw.DrawAsync(db, date.Id, now, cancellationToken) is not null)
            {
                drawn++;
            }

            db.ChangeTracker.Clear();
        }

        return drawn;
    }
}
