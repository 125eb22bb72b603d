using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;

namespace SmartRegion.Hub.Security;

/// <summary>
/// Gives the shared key for an authenticator app. Until a code confirms it, the same key is shown again; once two-factor
/// sign-in is on, the key is never shown again (switch it off to set up a new app).
/// </summary>
internal static class SetUpAuthenticator
{
    internal sealed record Response(string SharedKey, string FormattedKey, string AuthenticatorUri);

    /// <summary>The key, or null when two-factor sign-in is already on.</summary>
    public static async Task<Response?> ExecuteAsync(Person person, UserManager<Person> users)
    {
        if (await users.GetTwoFactorEnabledAsync(person))
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(person);
        if (string.IsNullOrEmpty(key))
        {
            // The first key is stored without ResetAuthenticatorKeyAsync, which would also change the security stamp:
            // merely opening the setup page (a GET, reachable by a link from another site) would then sign the person
            // out on every other device. No session can depend on a key that did not exist, and two-factor is off.
            key = users.GenerateNewAuthenticatorKey();
            var stored = await users.SetAuthenticationTokenAsync(person, "[AspNetUserStore]", "AuthenticatorKey", key);
            if (!stored.Succeeded)
            {
                throw new InvalidOperationException("The authenticator key could not be stored: " + string.Join(" ", stored.Errors.Select(e => e.Description)));
            }
        }

        return new Response(key!, AuthenticatorKey.Format(key!), AuthenticatorKey.Uri(person.Email ?? person.UserName ?? "", key!));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/me/two-factor/authenticator", async Task<Results<Ok<Response>, ProblemHttpResult>> (
                ClaimsPrincipal user, UserManager<Person> users, SignInManager<Person> signIn) =>
            {
                var person = await users.GetUserAsync(user);
                if (person is null)
                {
                    return SecurityProblems.NoPerson();
                }

                var response = await ExecuteAsync(person, users);
                if (response is null)
                {
                    return SecurityProblems.Conflict("Two-factor sign-in is on. Switch it off before setting up another authenticator app.");
                }

                // A new key changes the security stamp; keep this session valid.
                await signIn.RefreshSignInAsync(person);
                return TypedResults.Ok(response);
            })
            .WithName("SetUpAuthenticator")
            .WithSummary("Gives the shared key and otpauth address for an authenticator app.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireAntiforgeryHeader();
}
