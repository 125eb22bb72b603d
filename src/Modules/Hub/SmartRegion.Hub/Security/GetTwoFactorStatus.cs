using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;

namespace SmartRegion.Hub.Security;

/// <summary>How a person's account is protected: second factor on or off, recovery codes left, passkeys.</summary>
internal static class GetTwoFactorStatus
{
    internal sealed record Response(bool Enabled, bool HasAuthenticator, int RecoveryCodesLeft, int Passkeys);

    public static async Task<Response> ExecuteAsync(Person person, UserManager<Person> users) =>
        new(
            await users.GetTwoFactorEnabledAsync(person),
            !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(person)) && await users.GetTwoFactorEnabledAsync(person),
            await users.CountRecoveryCodesAsync(person),
            (await users.GetPasskeysAsync(person)).Count);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/me/two-factor", async Task<Results<Ok<Response>, ProblemHttpResult>> (ClaimsPrincipal user, UserManager<Person> users) =>
            {
                var person = await users.GetUserAsync(user);
                return person is null ? SecurityProblems.NoPerson() : TypedResults.Ok(await ExecuteAsync(person, users));
            })
            .WithName("GetTwoFactorStatus")
            .WithSummary("How the signed-in person's account is protected.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
