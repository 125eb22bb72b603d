using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Contracts;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>Who is calling: the signed-in person, by session cookie or by an access token with the <c>hub</c> scope.</summary>
internal static class GetMe
{
    internal sealed record Response(string Sub, string? Name, IReadOnlyList<string> Roles);

    public static Response Execute(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var sub = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? "";
        var name = user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue("name");
        var roles = user.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value).Distinct().ToList();
        return new Response(sub, name, roles);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/me", Ok<Response> (ClaimsPrincipal user) => TypedResults.Ok(Execute(user)))
            .WithName("GetMe")
            .WithSummary("The calling person: subject, name and roles (session or bearer token with scope hub).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
