using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;

namespace SmartRegion.Hub.Security;

/// <summary>The person's passkeys: the name they gave each and when it was added. Ids are base64url, as WebAuthn writes them.</summary>
internal static class ListPasskeys
{
    internal sealed record Item(string Id, string Name, DateTimeOffset CreatedAt);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(Person person, UserManager<Person> users) =>
        [.. (await users.GetPasskeysAsync(person))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new Item(Base64Url.Encode(p.CredentialId), p.Name ?? "", p.CreatedAt))];

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/passkeys", async Task<Results<Ok<IReadOnlyList<Item>>, ProblemHttpResult>> (ClaimsPrincipal user, UserManager<Person> users) =>
            {
                var person = await users.GetUserAsync(user);
                return person is null ? SecurityProblems.NoPerson() : TypedResults.Ok(await ExecuteAsync(person, users));
            })
            .WithName("ListPasskeys")
            .WithSummary("The signed-in person's passkeys.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
