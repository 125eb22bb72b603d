using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace SmartRegion.Hub.Accounts;

/// <summary>The language a person keeps in the profile also goes into the culture cookie, so the pages follow at once.</summary>
internal static class LanguageCookie
{
    public static readonly string[] Languages = ["de", "en"];

    public static string Current() =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "de";

    public static void Append(HttpContext http, string language) =>
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
            });
}
