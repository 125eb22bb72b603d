using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Web.Platform;

/// <summary>Sizes of what a request may bring (<c>RequestLimits</c> section); endpoints that take files declare their own body limit.</summary>
internal sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    /// <summary>Longest query string, in characters.</summary>
    public int MaxQueryStringChars { get; set; } = 16384;

    /// <summary>Largest body of a read (GET, and the CKAN and datastore actions that take their parameters as a POST body).</summary>
    public long MaxReadBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Largest body of a write without a limit of its own (forms, JSON); the server's usual 30 MB.</summary>
    public long MaxBodyBytes { get; set; } = 30_000_000;

    public bool IsValid => MaxQueryStringChars > 0 && MaxReadBodyBytes > 0 && MaxBodyBytes > 0;
}

/// <summary>
/// Refuses requests larger than the platform reads: a long query string answers 400, a large body 413, both with
/// problem details (pages get the error page) before any handler parses them. A body that turns out too large
/// only while it is read (no <c>Content-Length</c>, form limits) answers 413 too, and a form body the framework cannot
/// parse (a broken multipart part) 400, never 500.
/// </summary>
internal sealed class RequestLimits(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The error page shown for a refusal runs with the same request headers; it reads nothing from the body.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            await next(context);
            return;
        }

        var limits = options.Value;
        if (context.Request.QueryString.Value?.Length > limits.MaxQueryStringChars)
        {
            await Refusal.WriteAsync(context, StatusCodes.Status400BadRequest, "Query string too long",
                $"The query string may have at most {limits.MaxQueryStringChars} characters.");
            return;
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? (ReadApi.IsRead(context) ? limits.MaxReadBodyBytes : limits.MaxBodyBytes);
        if (context.Request.ContentLength > limit)
        {
            await Refusal.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The body may have at most {limit} bytes.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsTooLarge(ex) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await Refusal.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", "The body is larger than this address accepts.");
        }
        catch (Exception ex) when (IsMalformedForm(ex) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await Refusal.WriteAsync(context, StatusCodes.Status400BadRequest, "Malformed form", "The form data could not be read.");
        }
    }

    /// <summary>
    /// The framework's form and multipart readers throw this for a body they cannot parse (a broken part header, a value
    /// with a null character) — directly when a page reads the form, wrapped when the antiforgery check read it first.
    /// </summary>
    private static bool IsMalformedForm(Exception? ex) => ex switch
    {
        null => false,
        InvalidDataException data when data.Source == "Microsoft.AspNetCore.WebUtilities" => true,
        _ => IsMalformedForm(ex.InnerException),
    };

    /// <summary>The server's body limit (while reading) and the form reader's limits (value count and length, multipart length).</summary>
    private static bool IsTooLarge(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
        InvalidDataException data => data.Message.Contains("limit", StringComparison.OrdinalIgnoreCase),
        _ => ex.InnerException is not null && IsTooLarge(ex.InnerException),
    };
}
