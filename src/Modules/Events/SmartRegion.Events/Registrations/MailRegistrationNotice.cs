using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Feeds;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Kernel.Text;
using SmartRegion.Ui.Components;

namespace SmartRegion.Events.Registrations;

/// <summary>
/// Tells the person what happened to their registration: registered (with the link to confirm the address and its
/// deadline), on the waiting list, a seat offered (with its deadline), cancelled, an offer expired, the registration lapsed, the date is near (with place or online link). Runs from the outbox, so the registration is saved first
/// and a mail server that is down only delays the mail. A confirmed seat comes with the date as an iCalendar file.
/// When the organisers move or cancel the date, or cancel the whole event, everyone registered or waiting is told, with the
/// date's new version as an iCalendar file (the same UID, a higher SEQUENCE; METHOD:CANCEL for a cancelled date or event).
/// </summary>
internal sealed class MailRegistrationNotice(EventsDb db, IMailSender mail, RegistrationTokens tokens, IPublicOrigin origin, IStringLocalizer<EventsText> text, TimeProvider time)
    : IIntegrationEventHandler<RegistrationChanged>
{
    public async Task HandleAsync(RegistrationChanged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == integrationEvent.RegistrationId, cancellationToken);
        if (registration is null || registration.Email.Length == 0)
        {
            return;
        }

        var info = await db.Dates.AsNoTracking().Where(d => d.Id == registration.DateId)
            .Join(db.Events, d => d.EventId, e => e.Id, (d, e) => new
            {
                d.Id, e.Title, e.Description, e.Slug, d.StartsAt, d.EndsAt, e.Status, e.PlaceId, e.OnlineUrl, e.DrawAt, e.RegistrationClosesHoursBefore, d.Sequence, e.CancelReason,
                DateCancelled = d.CancelledAt != null,
            })
            .SingleAsync(cancellationToken);
        var reminder = integrationEvent.What == RegistrationChanged.Reminder;
        if (reminder && (registration.Status != RegistrationStatus.Confirmed || info.Status != Calendar.EventStatus.Published || info.DateCancelled
            || info.StartsAt <= time.GetUtcNow()))
        {
            // Cancelled, or the event or date called off, since the reminder was queued: a reminder now would mislead.
            return;
        }

        var moved = integrationEvent.What == RegistrationChanged.DateMoved;
        // A cancelled date or event: the calendar entry is withdrawn (METHOD:CANCEL).
        var dateCancelled = integrationEvent.What is RegistrationChanged.DateCancelled or RegistrationChanged.EventCancelled;
        if (moved && (info.DateCancelled || !RegistrationStatus.IsActive(registration.Status)))
        {
            // The person left, or the date was cancelled after it was moved (that mail follows): the new time no longer matters to them.
            return;
        }

        var place = reminder && info.PlaceId is { } placeId
            ? await db.Places.AsNoTracking().Where(p => p.Id == placeId).Select(p => p.Name + ", " + p.Address).SingleOrDefaultAsync(cancellationToken)
            : null;
        // The lottery's mails say when it is drawn, and where the draw put someone on the waiting list.
        var closes = info.StartsAt.AddHours(-info.RegistrationClosesHoursBefore);
        var drawDue = info.DrawAt is { } drawAt && drawAt < closes ? drawAt : closes;
        var position = integrationEvent.What == RegistrationChanged.NotWon && registration.DrawPosition is { } drawn
            ? await db.Registrations.CountAsync(r => r.DateId == registration.DateId && r.QuotaId == registration.QuotaId && r.Status == RegistrationStatus.Waiting
                && r.DrawPosition != null && r.DrawPosition <= drawn, cancellationToken)
            : 0;
        using (RecipientCulture.Use(registration.Language))
        {
            var link = origin.Link(ManageRegistrationPage.Link(tokens.For(registration.Id)));
            var when = BerlinTime.Format(info.StartsAt);
            var key = integrationEvent.What == RegistrationChanged.Registered ? "Mail." + registration.Status : "Mail." + integrationEvent.What;
            var expires = registration.OfferExpiresAt is { } until ? BerlinTime.Format(until) : "";
            var body = new StringBuilder(text["Mail.Greeting", registration.Name]).Append("\n\n")
                .Append(text[key + ".Body", info.Title, when, expires, BerlinTime.Format(drawDue), position, BerlinTime.Format(info.EndsAt), info.CancelReason ?? ""])
                .Append("\n\n");
            if (integrationEvent.What == RegistrationChanged.Registered && registration.EmailConfirmedAt is null)
            {
                body.Append(text["Mail.ConfirmBy", BerlinTime.Format(registration.CreatedAt + SettleRegistrations.ConfirmWithin)]).Append("\n\n");
            }

            if (place is not null)
            {
                body.Append(text["Mail.reminder.Place", place]).Append('\n');
            }

            if (reminder && info.OnlineUrl is { } online)
            {
                body.Append(text["Mail.reminder.Online", online]).Append('\n');
            }

            if (reminder)
            {
                body.Append('\n');
            }

            body.Append(text["Mail.Link", link]).Append('\n');
            // Everyone told of a moved or cancelled date gets the new version of the entry, so a calendar that has it updates it.
            var status = dateCancelled || info.DateCancelled ? Calendar.EventStatus.Cancelled : info.Status;
            IReadOnlyList<MailAttachment>? attachments = registration.Status == RegistrationStatus.Confirmed || moved || dateCancelled
                ? [new MailAttachment("termin.ics", ICalendarWriter.ContentType,
                    Encoding.UTF8.GetBytes(ICalendarWriter.Write(info.Title,
                        [new ICalendarWriter.Entry(info.Id, info.Title, info.Description, info.Slug, info.StartsAt, info.EndsAt, status, null,
                            Tentative: registration.Status != RegistrationStatus.Confirmed, Sequence: info.Sequence)],
                        time.GetUtcNow(), origin.Link, dateCancelled ? ICalendarWriter.Cancel : ICalendarWriter.Publish)))]
                : null;
            await mail.SendAsync(new OutgoingMail(registration.Email, text[key + ".Subject", info.Title], body.ToString(), registration.Name, Attachments: attachments), cancellationToken);
        }
    }
}
