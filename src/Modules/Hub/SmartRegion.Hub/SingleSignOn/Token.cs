using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SmartRegion.Hub.Accounts;
using SmartRegion.Kernel.Web;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// The token endpoint for codes and refresh tokens (OpenIddict has checked the client, the code or refresh token and
/// the PKCE verifier): the person is looked up again, so a deleted or locked account gets no new tokens and changed
/// roles reach the next token.
/// </summary>
internal static class Token
{
    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/connect/token", async (HttpContext http, UserManager<Person> users, SignInManager<Person> signIn, HubDb db, CancellationToken cancellationToken) =>
            {
                var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
                var granted = result.Principal;
                var subject = granted?.GetClaim(Claims.Subject);
                var person = subject is null ? null : await users.FindByIdAsync(subject);
                if (granted is null || person is null || !await signIn.CanSignInAsync(person) || await users.IsLockedOutAsync(person))
                {
                    return Authorize.Forbid(Errors.InvalidGrant, "The account can no longer sign in.");
                }

                var identity = PersonIdentity.Create(await PersonIdentity.LoadAsync(person, db, cancellationToken), granted.GetScopes());
                identity.SetAuthorizationId(granted.GetAuthorizationId());
                identity.SetPresenters(granted.GetPresenters());
                return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            })
            .WithName("OidcToken")
            .RequireRateLimiting(RateLimits.SignIn)
            // Clients authenticate to OpenIddict with their secret or PKCE verifier, not with a session.
            .AllowAnonymous()
            .ExcludeFromDescription();
}
