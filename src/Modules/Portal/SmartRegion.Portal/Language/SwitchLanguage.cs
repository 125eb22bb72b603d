using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Portal.Resources;

namespace SmartRegion.Portal.Language;

/// <summary>Remembers the language a person chose (German or English) in a cookie and returns to the page.</summary>
internal static class SwitchLanguage
{
    public static readonly string[] Supported = ["de", "en"];

    public static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/sprache", Results<RedirectHttpResult, ValidationProblem> (
                [FromForm] string? culture, [FromForm] string? returnUrl, HttpContext http, IStringLocalizer<PortalText> text) =>
            {
                if (culture is null || !Supported.Contains(culture, StringComparer.Ordinal))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["culture"] = [text["Language.Invalid"]] });
                }

                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions
                    {
                        MaxAge = TimeSpan.FromDays(365),
                        HttpOnly = true,
                        IsEssential = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = http.Request.IsHttps,
                    });
                // Post/Redirect/Get back to the page; never to another site.
                return TypedResults.Redirect(IsLocalPath(returnUrl) ? returnUrl! : "/", permanent: false, preserveMethod: false);
            })
            .WithName("SwitchLanguage")
            .WithSummary("Stores the chosen language (de or en) and returns to the page.")
            .AllowAnonymous()
            .ExcludeFromDescription();
}
