using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Security;

/// <summary>Removes one of the person's passkeys; the device can no longer sign in with it.</summary>
internal static class RemovePasskey
{
    /// <summary>False when the person has no passkey with that id.</summary>
    public static async Task<bool> ExecuteAsync(string? id, Person person, UserManager<Person> users, IAuditLog audit, CancellationToken cancellationToken)
    {
        var credentialId = Base64Url.TryDecode(id);
        var passkey = credentialId is null ? null : await users.GetPasskeyAsync(person, credentialId);
        if (passkey is null)
        {
            return false;
        }

        var result = await users.RemovePasskeyAsync(person, credentialId!);
        if (!result.Succeeded)
        {
            return false;
        }

        await SecurityAudit.RecordAsync(audit, SecurityAudit.PasskeyRemoved, person, "credential: " + id, cancellationToken);
        return true;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/passkeys/{id}", async Task<Results<NoContent, ProblemHttpResult>> (
                string id, ClaimsPrincipal user, UserManager<Person> users, IAuditLog audit, CancellationToken ct) =>
            {
                var person = await users.GetUserAsync(user);
                if (person is null)
                {
                    return SecurityProblems.NoPerson();
                }

                return await ExecuteAsync(id, person, users, audit, ct)
                    ? TypedResults.NoContent()
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Passkey not found", detail: "You have no passkey with this id.");
            })
            .WithName("RemovePasskey")
            .WithSummary("Removes one of the signed-in person's passkeys.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireAntiforgeryHeader();
}
