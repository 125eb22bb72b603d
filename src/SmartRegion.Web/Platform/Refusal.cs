namespace SmartRegion.Web.Platform;

/// <summary>How the platform's own rules refuse a request before any handler runs.</summary>
internal static class Refusal
{
    /// <summary>
    /// Sets the status; API paths and callers that ask for JSON get problem details, a browser's page request gets the
    /// error page through the status code pages (which step in for an empty body). A caller of an API whose Accept
    /// header rules out JSON gets the same words as plain text: the refusal must never become a server error.
    /// </summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var api = PlatformPipeline.IsApi(context.Request.Path);
        if (!api && !context.Request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var written = await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
        if (!written && api)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"{title}: {detail}", context.RequestAborted);
        }
    }
}
