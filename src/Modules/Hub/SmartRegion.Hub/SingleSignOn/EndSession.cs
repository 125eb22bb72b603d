using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore;
using OpenIddict.Server.AspNetCore;
using SmartRegion.Hub.Accounts;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// The end-session endpoint: ends the platform session and returns to the client's post-logout address, which
/// OpenIddict accepts only when it is registered for a client; otherwise to the home page. Without an ID token hint
/// (which OpenIddict validates) nothing proves the request comes from a client the person uses, so the person is
/// asked first: a link on another site cannot sign anyone out.
/// </summary>
internal static class EndSession
{
    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, SignInManager<Person> signIn) =>
            {
                if (string.IsNullOrEmpty(http.GetOpenIddictServerRequest()?.IdTokenHint))
                {
                    return Results.Redirect("/abmelden/bestaetigen");
                }

                await signIn.SignOutAsync();
                return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            })
            .WithName("OidcEndSession")
            .AllowAnonymous()
            .ExcludeFromDescription();
}
