using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using SmartRegion.Hub.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>The registered client applications, by name (region admins). Secrets are never listed.</summary>
internal static class ListClients
{
    internal sealed record Item(string ClientId, string Name, bool Confidential, bool FirstParty, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applications);
        var items = new List<Item>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            items.Add(new Item(
                await applications.GetClientIdAsync(application, cancellationToken) ?? "",
                await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
                await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellationToken),
                await applications.HasConsentTypeAsync(application, ConsentTypes.Implicit, cancellationToken),
                [.. await applications.GetRedirectUrisAsync(application, cancellationToken)],
                [.. await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken)]));
        }

        return [.. items.OrderBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/clients", async Task<Ok<IReadOnlyList<Item>>> (IOpenIddictApplicationManager applications, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(applications, ct)))
            .WithName("ListClients")
            .WithSummary("Lists the registered OpenID Connect clients (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
