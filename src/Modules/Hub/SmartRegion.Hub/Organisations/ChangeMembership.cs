using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Organisations;

/// <summary>
/// Changes who belongs: the owner removes a member or hands ownership to one; a member leaves. The owner cannot
/// leave or be removed before handing ownership on, so every organisation keeps exactly one owner.
/// </summary>
internal static class ChangeMembership
{
    internal sealed class Request
    {
        public Guid? PersonId { get; set; }
    }

    internal sealed record Response(Guid OrganisationId);

    public static Task<Outcome<Response>> RemoveAsync(Guid id, Guid? personId, ICurrentPerson person, HubDb db, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
        ChangeAsync(id, ownerOnly: true, person, db, text, organisation =>
            personId is null || !organisation.IsMember(personId.Value) ? Outcome<Response>.Invalid(new ValidationErrors().Add(nameof(Request.PersonId), text["Members.Unknown"]))
            : !organisation.Remove(personId.Value) ? Outcome<Response>.Conflict(text["Members.OwnerStays"])
            : Outcome<Response>.Ok(new Response(id)), ct);

    public static Task<Outcome<Response>> TransferAsync(Guid id, Guid? personId, ICurrentPerson person, HubDb db, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
        ChangeAsync(id, ownerOnly: true, person, db, text, organisation =>
            personId is null || !organisation.IsMember(personId.Value) ? Outcome<Response>.Invalid(new ValidationErrors().Add(nameof(Request.PersonId), text["Members.Unknown"]))
            : !organisation.TransferOwnership(personId.Value) ? Outcome<Response>.Conflict(text["Members.AlreadyOwner"])
            : Outcome<Response>.Ok(new Response(id)), ct);

    public static Task<Outcome<Response>> LeaveAsync(Guid id, ICurrentPerson person, HubDb db, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
        ChangeAsync(id, ownerOnly: false, person, db, text, organisation =>
            !organisation.Remove(person.Id!.Value.Value) ? Outcome<Response>.Conflict(text["Members.OwnerCannotLeave"]) : Outcome<Response>.Ok(new Response(id)), ct);

    private static async Task<Outcome<Response>> ChangeAsync(
        Guid id, bool ownerOnly, ICurrentPerson person, HubDb db, IStringLocalizer<OrganisationText> text,
        Func<Organisation, Outcome<Response>> change, CancellationToken ct)
    {
        var loaded = await OrganisationAccess.LoadAsync(id, person, ownerOnly, db, text, ct);
        if (!loaded.IsOk)
        {
            return OrganisationAccess.Fail<Response>(loaded);
        }

        var outcome = change(loaded.Value!);
        if (outcome.IsOk)
        {
            await db.SaveChangesAsync(ct);
        }

        return outcome;
    }

    public static void MapEndpoints(RouteGroupBuilder group)
    {
        group.MapDelete("/organizations/{id:guid}/members/{personId:guid}", async Task<Results<NoContent, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Guid personId, ICurrentPerson person, HubDb db, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
                Answer(await RemoveAsync(id, personId, person, db, text, ct)))
            .WithName("RemoveOrganizationMember")
            .WithSummary("Removes a member from the organisation (owner only).")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapPut("/organizations/{id:guid}/owner", async Task<Results<NoContent, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, HubDb db, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
                Answer(await TransferAsync(id, request.PersonId, person, db, text, ct)))
            .WithName("TransferOrganizationOwnership")
            .WithSummary("Hands ownership to another member (owner only); the former owner stays a member.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapPost("/organizations/{id:guid}/leave", async Task<Results<NoContent, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, HubDb db, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
            {
                var outcome = await LeaveAsync(id, person, db, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.NoContent(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("LeaveOrganization")
            .WithSummary("The caller leaves the organisation (the owner hands ownership on first).")
            .RequireAuthorization(HubPolicies.SignedIn);
    }

    private static Results<NoContent, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem> Answer(Outcome<Response> outcome) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.NoContent(),
        OutcomeKind.Invalid => outcome.ToValidationProblem(),
        OutcomeKind.Forbidden => outcome.ToForbidden(),
        OutcomeKind.NotFound => outcome.ToNotFound(),
        _ => outcome.ToConflict(),
    };
}
