using Microsoft.AspNetCore.StaticAssets;

namespace SmartRegion.Web.Platform;

/// <summary>
/// Every answer to a signed-in person may carry personal data (their name in the header, their profile, their data
/// export), so none is stored by a browser or proxy cache: <c>Cache-Control: no-store</c>. The platform's own static
/// files are the same for everyone and keep their long caching.
/// </summary>
internal sealed class PrivateResponses(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (context.User.Identity?.IsAuthenticated == true && context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
