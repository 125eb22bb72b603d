using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>The scopes the provider knows: the OpenID Connect ones and one API scope per module.</summary>
internal static class OidcScopes
{
    /// <summary>The audience of every access token: the platform's own JSON APIs.</summary>
    public const string Audience = "smartregion";

    /// <summary>Scope that lets a client call <c>/api/hub/…</c>; each module's API scope is its module name.</summary>
    public const string Hub = "hub";

    public static readonly string[] Api = [Hub];

    public static readonly string[] Identity = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess];

    /// <summary>Scopes a registered client may ask for (openid needs no permission in OpenIddict).</summary>
    public static readonly string[] Permitted = [Scopes.Profile, Scopes.Email, Scopes.Roles, .. Api];
}
