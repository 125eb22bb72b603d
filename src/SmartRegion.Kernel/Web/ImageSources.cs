using Microsoft.AspNetCore.Http;

namespace SmartRegion.Kernel.Web;

/// <summary>
/// Widens the Content-Security-Policy's <c>img-src</c> of one response by an origin a page shows images from. Only a
/// page that an operator configured to use an outside service (a map's tile server) needs it; every other page
/// keeps loading images from the platform alone.
/// </summary>
public static class ImageSources
{
    private const string ItemKey = "SmartRegion.ImageSources";
    private const string Directive = "img-src 'self' data:";

    /// <summary>Allows images from the origin (scheme, host, port) of <paramref name="address"/> for the current response.</summary>
    public static void Allow(HttpContext http, Uri address) => CspSources.Allow(http, ItemKey, address);

    /// <summary>The policy with the allowed origins added to <c>img-src 'self' data:</c>.</summary>
    public static string Apply(HttpContext http, string policy) => CspSources.Apply(http, ItemKey, Directive, policy);
}
