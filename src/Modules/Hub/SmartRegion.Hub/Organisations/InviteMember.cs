using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Organisations;

/// <summary>The owner invites someone by e-mail: the mail carries a one-time link, valid 14 days, to join.</summary>
internal static class InviteMember
{
    internal sealed class Request
    {
        public string? Email { get; set; }
    }

    internal sealed record Response(Guid Id, DateTimeOffset ExpiresAt);

    /// <param name="origin">The configured public origin, for the link; never the request's Host, which a forged header bends.</param>
    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, Request request, IPublicOrigin origin, ICurrentPerson person, HubDb db, IMailSender mail, TimeProvider time,
        IStringLocalizer<OrganisationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(origin);
        var loaded = await OrganisationAccess.LoadAsync(id, person, ownerOnly: true, db, text, cancellationToken);
        if (!loaded.IsOk)
        {
            return OrganisationAccess.Fail<Response>(loaded);
        }

        var email = request.Email?.Trim() ?? "";
        if (email.Length is 0 or > OrganisationInvitation.MaxEmail || !MailAddress.TryCreate(email, out var address)
            || address.Address != email || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add(nameof(Request.Email), text["Invite.Email.Invalid"]));
        }

        var organisation = loaded.Value!;
        var (invitation, code) = OrganisationInvitation.Create(organisation.Id, email, person.Id!.Value.Value, time.GetUtcNow());
        var link = origin.Link($"/organisationen/einladung?code={code}");
        // Sent before it is stored: an invitation nobody received cannot be pending.
        await mail.SendAsync(new OutgoingMail(email, text["Invite.Mail.Subject", organisation.Name],
            text["Invite.Mail.Body", person.DisplayName ?? "", organisation.Name, link, BerlinDate(invitation.ExpiresAt)]), cancellationToken);
        db.Set<OrganisationInvitation>().Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(invitation.Id, invitation.ExpiresAt));
    }

    private static string BerlinDate(DateTimeOffset at) => Ui.Components.BerlinTime.Format(at);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/organizations/{id:guid}/invitations", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                Guid id, Request request, IPublicOrigin origin, ICurrentPerson person, HubDb db, IMailSender mail, TimeProvider time,
                IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, origin, person, db, mail, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/hub/organizations/{id}", outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("InviteToOrganization")
            .WithSummary("Invites a person by e-mail into the organisation (owner only).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
