using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.ChangeLab.Approvals;

/// <summary>
/// Tells the person who asked for a special room how it was decided: accepted, or declined with the reason. Runs from
/// the outbox, so the decision is saved first; a person whose account is gone gets none.
/// </summary>
internal sealed class MailRequesterOnDecision(ChangeLabDb db, IPersonContacts contacts, ApprovalMails mails, IPublicOrigin origin)
    : IIntegrationEventHandler<BookingDecided>
{
    public async Task HandleAsync(BookingDecided integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == integrationEvent.BookingId, cancellationToken);
        if (booking is null || booking.DecidedAt is null || await contacts.FindAsync(new PersonId(booking.PersonId), cancellationToken) is not { } requester)
        {
            return;
        }

        var bookable = await db.Bookables.AsNoTracking().SingleAsync(b => b.Id == booking.BookableId, cancellationToken);
        var approved = booking.Status != BookingStatus.Rejected;
        object[] what = [bookable.Name, ApprovalMails.Day(booking.Day), ApprovalMails.Time(booking.StartsAt), ApprovalMails.Time(booking.EndsAt)];
        await mails.SendAsync(requester, approved ? "Mail.Approved.Subject" : "Mail.Declined.Subject", [bookable.Name],
            approved ? "Mail.Approved.Body" : "Mail.Declined.Body", [.. what, booking.DecisionReason ?? "", origin.Link("/change-lab/buchungen")], cancellationToken);
    }
}
