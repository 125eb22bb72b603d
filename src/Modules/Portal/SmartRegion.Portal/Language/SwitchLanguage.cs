using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Portal.Language;

/// <summary>
/// Remembers the language a person chose (German or English) in a cookie and returns to the page. A plain link:
/// it changes nothing but a preference, so it needs no form and no token; unknown languages are not routed (404).
/// </summary>
internal static class SwitchLanguage
{
    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/sprache/{culture:regex(^(de|en)$)}", RedirectHttpResult (string culture, [FromQuery] string? zurueck, HttpContext http) =>
            {
                LanguageCookie.Append(http, culture);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Redirect(LocalUrl.OrDefault(zurueck, "/"));
            })
            .WithName("SwitchLanguage")
            .WithSummary("Stores the chosen language (de or en) and returns to the page.")
            .AllowAnonymous()
            .ExcludeFromDescription();
}
