using Microsoft.Extensions.Localization;
using SmartRegion.Help.Contracts;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Kernel.Text;

namespace SmartRegion.Help.Revisions;

/// <summary>
/// Tells the author of a proposal that staff decided it: approved (the offer is live as proposed) or rejected with the
/// reason. Runs from the outbox, so the decision is saved first and a mail server that is down only delays the mail
/// (the outbox tries again). The mail goes to the author's confirmed address from their provider organisation's member
/// list, in the language they saved in their profile; an author who deleted the account or left the organisation gets
/// none.
/// </summary>
internal sealed class MailAuthorOnDecision(
    HelpDb db, IOrganisationDirectory organisations, IMailSender mail, IStringLocalizer<HelpStaffText> text, IPublicOrigin origin)
    : IIntegrationEventHandler<OfferRevisionDecided>
{
    public async Task HandleAsync(OfferRevisionDecided integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var revision = await db.OfferRevisions.FindAsync([integrationEvent.RevisionId], cancellationToken);
        if (revision is not { AuthorId: { } author } || revision.Status == RevisionStatus.Pending)
        {
            return;
        }

        var contacts = await organisations.ListMemberContactsAsync(new OrganisationId(revision.HubOrganisationId), cancellationToken);
        if (contacts.FirstOrDefault(c => c.PersonId.Value == author) is not { } contact)
        {
            return;
        }

        using (RecipientCulture.Use(contact.PreferredLanguage))
        {
            var approved = revision.Status == RevisionStatus.Approved;
            var subject = text[approved ? "Decision.ApprovedSubject" : "Decision.RejectedSubject", revision.ServiceName];
            var body = approved
                ? text["Decision.ApprovedBody", contact.DisplayName, revision.ServiceName, origin.Link(Offers.OfferLinks.Page(revision.ServiceId))]
                : text["Decision.RejectedBody", contact.DisplayName, revision.ServiceName, revision.ReviewReason ?? "", origin.Link("/hilfe/meine-angebote")];
            await mail.SendAsync(new OutgoingMail(contact.Email, subject, body.Value.ReplaceLineEndings("\n"), contact.DisplayName), cancellationToken);
        }
    }
}
