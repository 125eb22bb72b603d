using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Organisations;

/// <summary>
/// A signed-in person accepts an invitation with the code from the mail and joins the organisation. A code works
/// once and for 14 days; an unknown, used or expired code gets the same answer. It works only for the person it was
/// sent to: the account's confirmed e-mail address must be the invited one, so a forwarded or leaked link lets
/// nobody else join.
/// </summary>
internal static class AcceptInvitation
{
    internal sealed class Request
    {
        public string? Code { get; set; }
    }

    internal sealed record Response(Guid OrganisationId, string OrganisationName);

    /// <summary>The organisation an open invitation leads to, for the page that asks to accept it.</summary>
    public static async Task<Outcome<Response>> PreviewAsync(
        string? code, ICurrentPerson person, HubDb db, TimeProvider time, IStringLocalizer<OrganisationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var invitation = await FindOpenAsync(code, db, time, cancellationToken);
        if (invitation is null)
        {
            return Outcome<Response>.NotFound(text["Accept.Invalid"]);
        }

        if (!await IsForAsync(invitation, person.Id!.Value.Value, db, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Accept.OtherAddress"]);
        }

        var name = await db.Set<Organisation>().Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(invitation.OrganisationId, name));
    }

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, HubDb db, TimeProvider time, IStringLocalizer<OrganisationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var invitation = await FindOpenAsync(request.Code, db, time, cancellationToken);
        if (invitation is null)
        {
            return Outcome<Response>.NotFound(text["Accept.Invalid"]);
        }

        var me = person.Id!.Value.Value;
        if (!await IsForAsync(invitation, me, db, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Accept.OtherAddress"]);
        }

        var organisation = await db.Set<Organisation>().Include(o => o.Members).FirstAsync(o => o.Id == invitation.OrganisationId, cancellationToken);
        if (!organisation.Join(me, time.GetUtcNow()))
        {
            return Outcome<Response>.Conflict(text["Accept.AlreadyMember"]);
        }

        invitation.Accept(me, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(organisation.Id, organisation.Name));
    }

    private static async Task<bool> IsForAsync(OrganisationInvitation invitation, Guid personId, HubDb db, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Email, p.EmailConfirmed }).FirstOrDefaultAsync(cancellationToken);
        // Addresses compare without case, as the account store does (it keeps them upper-cased for look-ups).
        return account is { EmailConfirmed: true, Email: { } email }
            && string.Equals(email.Trim(), invitation.Email.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<OrganisationInvitation?> FindOpenAsync(string? code, HubDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 100)
        {
            return null;
        }

        var hash = OrganisationInvitation.Hash(code.Trim());
        var invitation = await db.Set<OrganisationInvitation>().FirstOrDefaultAsync(i => i.CodeHash == hash, cancellationToken);
        return invitation is not null && invitation.IsOpen(time.GetUtcNow()) ? invitation : null;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/organizations/invitations/accept", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Request request, ICurrentPerson person, HubDb db, TimeProvider time, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("AcceptOrganizationInvitation")
            .WithSummary("Accepts an invitation with the code from the mail; the caller joins the organisation.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
