using Microsoft.AspNetCore.Diagnostics;

namespace SmartRegion.Web.Platform;

/// <summary>Makes sure a person who meets an error sees the error page in the site's shell.</summary>
internal sealed class ErrorPages(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // A re-executed request keeps its method; a failed POST would reach the error page as a form post.
        // The error page is only ever read, so it is rendered as a GET.
        if ((context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
            && context.Request.Path.StartsWithSegments("/fehler", StringComparison.Ordinal))
        {
            context.Request.Method = HttpMethods.Get;
        }

        await next(context);

        // Some framework rejections (a form without antiforgery token) answer 4xx with a content type but no body;
        // the status code page only steps in for empty responses without a content type.
        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && !PlatformPipeline.IsApi(context.Request.Path))
        {
            context.Response.ContentType = null;
            context.Response.ContentLength = null;
        }
    }
}
