using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Security;

/// <summary>
/// WebAuthn options for the browser: creation options to add a passkey (signed in) and request options to sign in with
/// one (anyone). Identity keeps the challenge in its own short-lived cookie, so the next step can check it.
/// </summary>
internal static class PasskeyOptions
{
    private const string Json = "application/json";

    public static void MapEndpoints(RouteGroupBuilder group)
    {
        group.MapPost("/passkeys/creation-options", async Task<Results<ContentHttpResult, ProblemHttpResult>> (
                ClaimsPrincipal user, SignInManager<Person> signIn) =>
            {
                var person = await signIn.UserManager.GetUserAsync(user);
                if (person is null)
                {
                    return SecurityProblems.NoPerson();
                }

                var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
                {
                    Id = person.Id.ToString(),
                    Name = person.Email ?? person.UserName ?? person.Id.ToString(),
                    DisplayName = string.IsNullOrWhiteSpace(person.DisplayName) ? person.Email ?? "" : person.DisplayName,
                });
                return TypedResults.Content(options, Json);
            })
            .WithName("PasskeyCreationOptions")
            .WithSummary("WebAuthn creation options for adding a passkey to the signed-in person's account.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireAntiforgeryHeader();

        group.MapPost("/passkeys/request-options", async (SignInManager<Person> signIn) =>
                TypedResults.Content(await signIn.MakePasskeyRequestOptionsAsync(null), Json))
            .WithName("PasskeyRequestOptions")
            .WithSummary("WebAuthn request options for signing in with a passkey (any of the site's passkeys).")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .RequireAntiforgeryHeader();
    }
}
