using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SmartRegion.Help.Gaps;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Kernel.Text;

namespace SmartRegion.Help.Freshness;

/// <summary>
/// The help directory's daily round: reminds the members of each provider whose offers are overdue for confirmation
/// (one mail per member and provider, listing the offers; at most once per offer every 30 days), and deletes search
/// counts older than the retention period. One call is one round; the background service calls it once a day on every
/// node, and the offers of a provider are claimed in the database before its members are mailed, so two nodes at their
/// round at once send one reminder (a node that dies between the claim and the mail sends none for 30 days).
/// </summary>
internal sealed partial class DailyHelpTasks(
    HelpDb db, IOrganisationDirectory organisations, IMailSender mail, TimeProvider time, IStringLocalizer<HelpStaffText> text,
    IPublicOrigin origin, ILogger<DailyHelpTasks> logger)
{
    public const int ReminderEveryDays = 30;

    public const int SearchGapRetentionDays = 180;

    internal sealed record Round(int MailsSent, int OffersReminded, int SearchGapsDeleted);

    public async Task<Round> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (mails, offers) = await RemindAsync(now, ct);
        var keepFrom = OfferFreshness.Today(now).AddDays(-SearchGapRetentionDays);
        var deleted = await db.SearchGaps.Where(g => g.Day < keepFrom).ExecuteDeleteAsync(ct);
        return new Round(mails, offers, deleted);
    }

    private async Task<(int Mails, int Offers)> RemindAsync(DateTimeOffset now, CancellationToken ct)
    {
        var staleBefore = OfferFreshness.StaleBefore(now);
        var remindedSince = now.AddDays(-ReminderEveryDays);
        var due = await (
                from s in db.Services.AsNoTracking()
                join o in db.Organizations on s.OrganizationId equals o.Id
                where o.HubOrganisationId != null && (s.AssuredDate == null || s.AssuredDate < staleBefore)
                where !db.OfferReminders.Any(r => r.ServiceId == s.Id && r.LastSentAt > remindedSince)
                orderby s.Name
                select new { s.Id, s.Name, s.AssuredDate, Organisation = o.HubOrganisationId!.Value, OrganizationName = o.Name })
            .ToListAsync(ct);
        int mails = 0, offers = 0;
        foreach (var group in due.GroupBy(d => d.Organisation))
        {
            // Claimed before any mail goes out: with two nodes at their daily round at once, one of them mails the group.
            var ids = group.Select(d => d.Id).ToList();
            if (await ClaimAsync(ids, remindedSince, now, ct) is not { } before)
            {
                continue;
            }

            var contacts = await organisations.ListMemberContactsAsync(new OrganisationId(group.Key), ct);
            var sent = false;
            foreach (var contact in contacts)
            {
                var culture = RecipientCulture.For(contact.PreferredLanguage);
                using var language = RecipientCulture.Use(contact.PreferredLanguage);
                try
                {
                    var list = string.Join("\n", group.Select(d => "- " + d.Name + " (" +
                        (d.AssuredDate is { } a ? text["Reminder.ConfirmedOn", a.ToString("d", culture)] : text["Reminder.NeverConfirmed"]) + ")"));
                    var body = text["Reminder.Body", contact.DisplayName, group.First().OrganizationName, list, Link()].Value.ReplaceLineEndings("\n");
                    await mail.SendAsync(new OutgoingMail(contact.Email, text["Reminder.Subject", group.First().OrganizationName], body, contact.DisplayName), ct);
                    sent = true;
                    mails++;
                }
                catch (MailDeliveryException e)
                {
                    LogNotSent(logger, group.Key, e.Message);
                }
            }

            if (sent)
            {
                offers += ids.Count;
            }
            else
            {
                await ReleaseAsync(before, now, ct);
            }
        }

        return (mails, offers);
    }

    /// <summary>
    /// Marks the offers as reminded now, all of them or none, and returns when each was reminded before (null: never); null
    /// when another round marked one of them first. The database decides: a conditional update of the existing rows and an
    /// insert of the missing ones, in one transaction.
    /// </summary>
    private async Task<Dictionary<string, DateTimeOffset?>?> ClaimAsync(List<string> ids, DateTimeOffset remindedSince, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.OfferReminders.AsNoTracking().Where(r => ids.Contains(r.ServiceId)).ToDictionaryAsync(r => r.ServiceId, r => r.LastSentAt, ct);
        var marked = existing.Count == 0 ? 0 : await db.OfferReminders
            .Where(r => ids.Contains(r.ServiceId) && r.LastSentAt <= remindedSince)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSentAt, now), ct);
        if (marked != existing.Count)
        {
            return null;
        }

        foreach (var id in ids.Where(id => !existing.ContainsKey(id)))
        {
            db.OfferReminders.Add(new OfferReminder { ServiceId = id, LastSentAt = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another round inserted the reminder of one of these offers first.
            db.ChangeTracker.Clear();
            return null;
        }

        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return ids.ToDictionary(id => id, id => existing.TryGetValue(id, out var last) ? last : (DateTimeOffset?)null);
    }

    /// <summary>Gives the claim back when no member could be mailed, so the next round tries again.</summary>
    private async Task ReleaseAsync(Dictionary<string, DateTimeOffset?> before, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var (id, last) in before)
        {
            if (last is { } previous)
            {
                await db.OfferReminders.Where(r => r.ServiceId == id && r.LastSentAt == now).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSentAt, previous), ct);
            }
            else
            {
                await db.OfferReminders.Where(r => r.ServiceId == id && r.LastSentAt == now).ExecuteDeleteAsync(ct);
            }
        }
    }

    private string Link() => origin.Link("/hilfe/meine-angebote");

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder to the members of organisation {Organisation} could not be sent: {Reason}; it is tried again in the next round.")]
    private static partial void LogNotSent(ILogger logger, Guid organisation, string reason);
}
