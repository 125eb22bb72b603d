using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace SmartRegion.Kernel.Web;

/// <summary>The platform's languages and the cookie that remembers a person's choice (read by request localization).</summary>
public static class LanguageCookie
{
    /// <summary>German first, English second.</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "en"];

    /// <summary>The language of the current request: <c>en</c> or <c>de</c>.</summary>
    public static string Current() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "de";

    /// <summary>Remembers the language for a year; only the server reads it.</summary>
    public static void Append(HttpContext http, string language)
    {
        ArgumentNullException.ThrowIfNull(http);
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
}
