using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Contracts;
using SmartRegion.Kernel.Hosting;

namespace SmartRegion.Events.Registrations;

/// <summary>
/// One reminder per confirmed registration, about <see cref="ReminderOptions.HoursBefore"/> before its date starts, by
/// mail through the outbox (<see cref="MailRegistrationNotice"/>). A registration made inside that window gets none: its
/// confirmation has just come. Cancelled events, registrations that do not hold a confirmed seat and addresses not yet
/// confirmed get none. Each registration is marked by a conditional update in the same transaction as its mail is queued,
/// so two rounds, on one node or two, queue one mail.
/// </summary>
internal sealed class RemindRegistrations(EventsDb db, TimeProvider time, IOptions<ReminderOptions> options) : IPeriodicWork
{
    /// <summary>Off with <c>false</c>: the tests call one round directly.</summary>
    public const string SettingName = "Modules:Events:RemindInBackground";

    /// <summary>How often a round runs.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var window = options.Value.Window;
        var until = now + window;
        var due = await db.Dates.Where(d => d.StartsAt > now && d.StartsAt <= until && d.CancelledAt == null)
            .Join(db.Events.Where(e => e.Status == EventStatus.Published), d => d.EventId, e => e.Id, (d, e) => d)
            .Join(db.Registrations, d => d.Id, r => r.DateId, (d, r) => new { r.Id, r.EventId, r.Status, r.RemindedAt, r.EmailConfirmedAt, r.Email, r.CreatedAt, d.StartsAt })
            .Where(x => x.Status == RegistrationStatus.Confirmed && x.RemindedAt == null && x.EmailConfirmedAt != null && x.Email != "")
            .Select(x => new { x.Id, x.EventId, x.CreatedAt, x.StartsAt })
            .ToListAsync(cancellationToken);
        var reminded = 0;
        // Made inside the window: compared here, as date arithmetic in SQL differs between the databases.
        foreach (var registration in due.Where(x => x.CreatedAt <= x.StartsAt - window))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Only one round wins the row: the other finds it reminded or changed and queues nothing.
            var marked = await db.Registrations
                .Where(r => r.Id == registration.Id && r.RemindedAt == null && r.Status == RegistrationStatus.Confirmed)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedAt, now), cancellationToken);
            if (marked == 1)
            {
                db.Publish(new RegistrationChanged(registration.Id, registration.EventId, RegistrationChanged.Reminder), now);
                await db.SaveChangesAsync(cancellationToken);
                reminded++;
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return reminded;
    }
}
