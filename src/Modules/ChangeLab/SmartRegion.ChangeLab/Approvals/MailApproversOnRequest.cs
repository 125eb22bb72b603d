using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.ChangeLab.Approvals;

/// <summary>
/// Tells the administrators of the room's municipality (or, when it has none, the region's) that a booking waits for
/// their decision, with the link to decide. Runs from the outbox after the booking is saved; a booking decided or
/// given back meanwhile sends nothing.
/// </summary>
internal sealed class MailApproversOnRequest(ChangeLabDb db, IPersonContacts contacts, ApprovalMails mails, IPublicOrigin origin)
    : IIntegrationEventHandler<BookingRequested>
{
    public async Task HandleAsync(BookingRequested integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == integrationEvent.BookingId, cancellationToken);
        if (booking is not { Status: BookingStatus.Pending })
        {
            return;
        }

        var bookable = await db.Bookables.AsNoTracking().SingleAsync(b => b.Id == booking.BookableId, cancellationToken);
        foreach (var approver in await contacts.ListAdministratorsAsync(bookable.MunicipalityAgs, cancellationToken))
        {
            await mails.SendAsync(approver, "Mail.Requested.Subject", [bookable.Name],
                "Mail.Requested.Body", [booking.PersonName, bookable.Name, ApprovalMails.Day(booking.Day), ApprovalMails.Time(booking.StartsAt),
                    ApprovalMails.Time(booking.EndsAt), origin.Link($"/change-lab/freigaben/{booking.Id}")], cancellationToken);
        }
    }
}
