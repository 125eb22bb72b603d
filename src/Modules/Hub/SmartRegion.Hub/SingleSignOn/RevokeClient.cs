using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// A region admin revokes a client: it is deleted with its consents and tokens, so it gets no new tokens and its
/// access tokens stop working at once.
/// </summary>
internal static class RevokeClient
{
    public static async Task<bool> ExecuteAsync(string clientId, IOpenIddictApplicationManager applications, IAuditLog audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(audit);
        if (string.IsNullOrEmpty(clientId) || await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return false;
        }

        var name = await applications.GetDisplayNameAsync(application, cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
        await audit.RecordAsync(new AuditRecord("clients.revoked", "client", clientId, Details: name), cancellationToken);
        return true;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/clients/{clientId}", async Task<Results<NoContent, NotFound>> (string clientId, IOpenIddictApplicationManager applications, IAuditLog audit, CancellationToken ct) =>
                await ExecuteAsync(clientId, applications, audit, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("RevokeClient")
            .WithSummary("Revokes (deletes) an OpenID Connect client with its consents and tokens (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
