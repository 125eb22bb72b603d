using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// With <c>RequireHttps</c> off (the embedded profile), plain http is still refused unless the request is for this
/// machine itself (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>): tokens never cross a network unencrypted.
/// </summary>
internal sealed class LoopbackOnlyHttp : IOpenIddictServerHandler<ProcessRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseSingletonHandler<LoopbackOnlyHttp>()
            // After OpenIddict has recognised its endpoint, so that other requests pass untouched.
            .SetOrder(OpenIddictServerHandlers.InferEndpointType.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Transaction.GetHttpRequest();
        // Every request passes OpenIddict's pipeline; only its own endpoints may be rejected (a rejection of any other
        // request cannot be answered and used to end in a 500 for every page reached by a non-local Host).
        if (context.EndpointType == OpenIddictServerEndpointType.Unknown || request is null || request.IsHttps || IsLoopback(request.Host.Host))
        {
            return ValueTask.CompletedTask;
        }

        context.Reject(Errors.InvalidRequest, "This server accepts OpenID Connect requests over HTTPS only.");
        return ValueTask.CompletedTask;
    }

    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]" or "::1";
}
