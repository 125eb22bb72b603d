using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Accounts;

/// <summary>Ends the session: a form post (binding a form field makes the antiforgery check apply), never a link.</summary>
internal static class SignOut
{
    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/abmelden", async Task<RedirectHttpResult> ([FromForm] string? returnUrl, SignInManager<Person> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.Redirect(LocalUrl.OrDefault(returnUrl, "/"));
            })
            .WithName("SignOut")
            .AllowAnonymous()
            .ExcludeFromDescription();
}
