using Microsoft.AspNetCore.Http;

namespace SmartRegion.OpenData.Rdf;

/// <summary>The origin of absolute URLs in the RDF: the configured public base URL, else the request's own.</summary>
internal static class PublicBaseUrl
{
    public static string Of(HttpRequest request, OpenDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return !string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? options.PublicBaseUrl.TrimEnd('/')
            : $"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}";
    }
}
