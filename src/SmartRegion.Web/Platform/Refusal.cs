namespace SmartRegion.Web.Platform;

/// <summary>How the platform's own rules refuse a request before any handler runs.</summary>
internal static class Refusal
{
    /// <summary>
    /// Sets the status; API paths and callers that ask for JSON get problem details, a browser's page request gets the
    /// error page through the status code pages (which step in for an empty body).
    /// </summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (PlatformPipeline.IsApi(context.Request.Path) || context.Request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = status, Title = title, Detail = detail },
            });
        }
    }
}
