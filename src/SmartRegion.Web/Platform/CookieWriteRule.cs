using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.Web.Platform;

/// <summary>
/// One rule for every write a browser sends with the session cookie (docs/adr/0011): a POST, PUT, PATCH or DELETE that
/// carries the cookie must come from this site (<c>Sec-Fetch-Site</c>, else <c>Origin</c>) and carry the antiforgery
/// token (header <c>RequestVerificationToken</c> or form field). Requests with credentials in a header (OpenID Connect
/// bearer tokens, CKAN API tokens) are exempt: a browser never adds those to a request another site makes it send.
/// </summary>
internal sealed class CookieWriteRule(
    RequestDelegate next, IAntiforgery antiforgery, IOptionsMonitor<CookieAuthenticationOptions> cookies, IPublicOrigin publicOrigin)
{
    public const string CrossSiteTitle = "Cross-site write refused";
    public const string TokenTitle = "Missing or invalid antiforgery token";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!AppliesTo(context.Request))
        {
            await next(context);
            return;
        }

        if (IsCrossSite(context.Request))
        {
            await Refusal.WriteAsync(context, StatusCodes.Status403Forbidden, CrossSiteTitle,
                "A change with your session was sent from another site; it was not carried out.");
            return;
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            await Refusal.WriteAsync(context, StatusCodes.Status400BadRequest, TokenTitle,
                "Send the page's antiforgery token in the RequestVerificationToken header or the __RequestVerificationToken form field.");
            return;
        }

        await next(context);
    }

    private bool AppliesTo(HttpRequest request)
    {
        var method = request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            return false;
        }

        // Token credentials and the OpenID Connect protocol endpoints (which other sites' applications call by design and
        // which are protected by the protocol itself: client authentication, PKCE, registered redirect addresses).
        if (request.Headers.Authorization.Count > 0 || request.Headers.ContainsKey("X-CKAN-API-Key")
            || request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        return name is not null && request.Cookies.ContainsKey(name);
    }

    /// <summary>
    /// Browsers say where a request comes from: <c>Sec-Fetch-Site</c> (all current ones), else <c>Origin</c>. Without
    /// either the sender is not a browser, and the antiforgery token alone decides.
    /// </summary>
    private bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(origin, new Uri(publicOrigin.Value).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }
}
