using Microsoft.AspNetCore.Http;

namespace SmartRegion.Kernel.Web;

/// <summary>
/// Widens the Content-Security-Policy's <c>form-action</c> of one response by the origins a page's form may end up
/// at. Browsers apply <c>form-action</c> to every redirect after a form post, so a sign-in or consent form that
/// ends at a registered OpenID Connect client needs that client's origin; no other page needs anything.
/// </summary>
public static class FormActionSources
{
    private const string ItemKey = "SmartRegion.FormActionSources";
    private const string Directive = "form-action 'self'";

    /// <summary>Allows the origin (scheme, host, port) of <paramref name="address"/> for the current response.</summary>
    public static void Allow(HttpContext http, Uri address) => CspSources.Allow(http, ItemKey, address);

    /// <summary>The policy with the allowed origins added to <c>form-action 'self'</c>.</summary>
    public static string Apply(HttpContext http, string policy) => CspSources.Apply(http, ItemKey, Directive, policy);
}
