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

    /// <summary>Allows the origin (scheme, host, port) of <paramref name="address"/> for the current response.</summary>
    public static void Allow(HttpContext http, Uri address)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            return;
        }

        if (http.Items[ItemKey] is not HashSet<string> origins)
        {
            http.Items[ItemKey] = origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        origins.Add(address.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>The policy with the allowed origins added to <c>form-action 'self'</c>.</summary>
    public static string Apply(HttpContext http, string policy)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(policy);
        return http.Items[ItemKey] is HashSet<string> { Count: > 0 } origins
            ? policy.Replace("form-action 'self'", "form-action 'self' " + string.Join(' ', origins), StringComparison.Ordinal)
            : policy;
    }
}
