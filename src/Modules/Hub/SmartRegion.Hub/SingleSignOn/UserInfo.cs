using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SmartRegion.Hub.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>The userinfo endpoint: the person's current claims for the scopes of the access token.</summary>
internal static class UserInfo
{
    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, UserManager<Person> users, HubDb db, CancellationToken cancellationToken) =>
            {
                var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
                var subject = result.Principal?.GetClaim(Claims.Subject);
                var person = subject is null ? null : await users.FindByIdAsync(subject);
                if (person is null)
                {
                    return Results.Challenge(
                        new AuthenticationProperties(new Dictionary<string, string?>
                        {
                            [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The account no longer exists.",
                        }),
                        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
                }

                var facts = await PersonIdentity.LoadAsync(person, db, cancellationToken);
                return Results.Ok(PersonIdentity.UserInfo(facts, result.Principal!.GetScopes()));
            })
            .WithName("OidcUserInfo")
            // OpenIddict has validated the access token before the request gets here.
            .AllowAnonymous()
            .ExcludeFromDescription();
}
