using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Organisations;

/// <summary>One organisation with its members, for its members; the owner also sees open invitations.</summary>
internal static class GetOrganisation
{
    internal sealed record Member(Guid PersonId, string DisplayName, string Role, DateTimeOffset JoinedAt);

    internal sealed record Invitation(Guid Id, string Email, DateTimeOffset ExpiresAt);

    internal sealed record Detail(
        Guid Id, string Name, string Kind, string? MunicipalityAgs, string? MunicipalityName, bool IsOwner,
        IReadOnlyList<Member> Members, IReadOnlyList<Invitation> OpenInvitations);

    public static async Task<Outcome<Detail>> ExecuteAsync(
        Guid id, ICurrentPerson person, HubDb db, TimeProvider time, IStringLocalizer<OrganisationText> text, CancellationToken cancellationToken)
    {
        var loaded = await OrganisationAccess.LoadAsync(id, person, ownerOnly: false, db, text, cancellationToken);
        if (!loaded.IsOk)
        {
            return OrganisationAccess.Fail<Detail>(loaded);
        }

        var organisation = loaded.Value!;
        var ids = organisation.Members.Select(m => m.PersonId).ToList();
        var names = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var isOwner = organisation.OwnerId == person.Id!.Value.Value;
        var now = time.GetUtcNow();
        IReadOnlyList<Invitation> invitations = isOwner
            ? [.. (await db.Set<OrganisationInvitation>().AsNoTracking()
                    .Where(i => i.OrganisationId == id && i.AcceptedAt == null)
                    .ToListAsync(cancellationToken))
                .Where(i => i.IsOpen(now)).OrderBy(i => i.Email).Select(i => new Invitation(i.Id, i.Email, i.ExpiresAt))]
            : [];
        var municipality = organisation.MunicipalityAgs is null ? null
            : await db.Set<Municipality>().Where(m => m.Ags == organisation.MunicipalityAgs).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);
        return Outcome<Detail>.Ok(new Detail(organisation.Id, organisation.Name, OrganisationNames.Kind(organisation.Kind), organisation.MunicipalityAgs,
            municipality, isOwner,
            [.. organisation.Members.OrderBy(m => m.Role).ThenBy(m => names.GetValueOrDefault(m.PersonId))
                .Select(m => new Member(m.PersonId, names.GetValueOrDefault(m.PersonId) ?? "", OrganisationNames.Role(m.Role), m.JoinedAt))],
            invitations));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/organizations/{id:guid}", async Task<Results<Ok<Detail>, ForbiddenProblem, NotFoundProblem>> (
                Guid id, ICurrentPerson person, HubDb db, TimeProvider time, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("GetOrganization")
            .WithSummary("Shows an organisation and its members (members only).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
