using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SmartRegion.Kernel.Web;

/// <summary>
/// Reads that also accept a POST body (CKAN actions, datastore queries): they get the small body limit and the
/// anonymous read budget of GET requests, not the larger limits of writes.
/// </summary>
public static class ReadApi
{
    /// <summary>Marks the endpoint as a read, whatever its method.</summary>
    public static TBuilder AsReadApi<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Marker.Instance);

    /// <summary>True for GET, HEAD and OPTIONS requests and for requests to an endpoint marked as a read.</summary>
    public static bool IsRead(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.Request.Method;
        return HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
            || context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null;
    }

    private sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
