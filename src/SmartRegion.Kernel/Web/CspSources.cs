using Microsoft.AspNetCore.Http;

namespace SmartRegion.Kernel.Web;

/// <summary>
/// Widens one directive of the Content-Security-Policy for one response by origins a page needs (kept in the
/// request's items). <see cref="FormActionSources"/> and <see cref="ImageSources"/> name the directives.
/// </summary>
internal static class CspSources
{
    /// <summary>Adds the origin (scheme, host, port) of an absolute http(s) <paramref name="address"/> under <paramref name="key"/>.</summary>
    public static void Allow(HttpContext http, string key, Uri address)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            return;
        }

        if (http.Items[key] is not HashSet<string> origins)
        {
            http.Items[key] = origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        origins.Add(address.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>The policy with the origins allowed under <paramref name="key"/> appended to <paramref name="directive"/>.</summary>
    public static string Apply(HttpContext http, string key, string directive, string policy)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(policy);
        return http.Items[key] is HashSet<string> { Count: > 0 } origins
            ? policy.Replace(directive, directive + " " + string.Join(' ', origins), StringComparison.Ordinal)
            : policy;
    }
}
