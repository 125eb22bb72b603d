using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Contracts;

namespace SmartRegion.Hub.Accounts;

/// <summary>The signed-in person's own profile.</summary>
internal static class GetProfile
{
    internal sealed record Response(string DisplayName, string Email, string? HomeMunicipalityAgs, string PreferredLanguage, bool NotifyByEmail);

    public static Response From(Person person) =>
        new(person.DisplayName, person.Email ?? "", person.HomeMunicipalityAgs, person.PreferredLanguage, person.NotifyByEmail);

    public static async Task<Response?> ExecuteAsync(SignInManager<Person> signIn) =>
        await SignedInPerson.FindAsync(signIn) is { } person ? From(person) : null;

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/me/profile", async Task<Results<Ok<Response>, UnauthorizedHttpResult>> (SignInManager<Person> signIn) =>
                await ExecuteAsync(signIn) is { } profile ? TypedResults.Ok(profile) : TypedResults.Unauthorized())
            .WithName("GetProfile")
            .WithSummary("The signed-in person's profile: name, address, home municipality, language, mail preference.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
