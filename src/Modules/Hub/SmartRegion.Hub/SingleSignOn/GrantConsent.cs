using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// The consent a person gives a client: remembered as a permanent authorization for the scopes shown, so the
/// client is not asked about again. Declining sends the client <c>access_denied</c>.
/// </summary>
internal static class GrantConsent
{
    internal sealed class Request
    {
        public string? Decision { get; set; }
    }

    /// <summary>What the page shows: the client's name, the scopes asked for, where the answer goes.</summary>
    internal sealed record Prompt(string ApplicationId, string ClientName, IReadOnlyList<string> Scopes, Uri RedirectUri);

    /// <summary>The prompt for an authorization request's query, or <c>null</c> when the client or its return address is unknown.</summary>
    public static async Task<Prompt?> DescribeAsync(IQueryCollection query, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? clientId = query[Parameters.ClientId];
        string? redirectUri = query[Parameters.RedirectUri];
        if (string.IsNullOrEmpty(clientId) || !Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect)
            || await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application
            || !await applications.ValidateRedirectUriAsync(application, redirectUri, cancellationToken))
        {
            return null;
        }

        var known = OidcScopes.Identity.Concat(OidcScopes.Api).ToHashSet(StringComparer.Ordinal);
        var scopes = ((string?)query[Parameters.Scope] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(known.Contains).Distinct(StringComparer.Ordinal).ToList();
        var id = await applications.GetIdAsync(application, cancellationToken) ?? "";
        var name = await applications.GetLocalizedDisplayNameAsync(application, cancellationToken) ?? clientId;
        return new Prompt(id, name, scopes, redirect);
    }

    /// <summary>Remembers the consent; the caller then continues the authorization request.</summary>
    public static async Task ExecuteAsync(Guid personId, Prompt prompt, IOpenIddictAuthorizationManager authorizations, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var descriptor = new OpenIddictAuthorizationDescriptor
        {
            ApplicationId = prompt.ApplicationId,
            Subject = personId.ToString(),
            Status = Statuses.Valid,
            Type = AuthorizationTypes.Permanent,
            CreationDate = time.GetUtcNow(),
        };
        descriptor.Scopes.UnionWith(prompt.Scopes);
        await authorizations.CreateAsync(descriptor, cancellationToken);
    }
}
