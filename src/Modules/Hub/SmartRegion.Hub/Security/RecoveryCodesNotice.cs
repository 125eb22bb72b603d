using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace SmartRegion.Hub.Security;

/// <summary>
/// Carries fresh recovery codes across the redirect after a form post, so they are shown exactly once: encrypted,
/// for this person only, for five minutes, deleted on first read.
/// </summary>
internal static class RecoveryCodesNotice
{
    public const string Page = "/konto/sicherheit/wiederherstellungscodes";
    private const string Cookie = ".SmartRegion.RecoveryCodes";
    private const string Purpose = "SmartRegion.Hub.Security.RecoveryCodes";

    public static void Put(HttpContext http, Guid personId, IReadOnlyList<string> codes)
    {
        var protector = Protector(http).ToTimeLimitedDataProtector();
        var value = protector.Protect(personId + "|" + string.Join(',', codes), TimeSpan.FromMinutes(5));
        http.Response.Cookies.Append(Cookie, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = Page,
            MaxAge = TimeSpan.FromMinutes(5),
        });
    }

    public static IReadOnlyList<string> Take(HttpContext http, Guid personId)
    {
        if (!http.Request.Cookies.TryGetValue(Cookie, out var value) || string.IsNullOrEmpty(value))
        {
            return [];
        }

        http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = Page });
        try
        {
            var parts = Protector(http).ToTimeLimitedDataProtector().Unprotect(value).Split('|', 2);
            return parts.Length == 2 && parts[0] == personId.ToString() ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        }
        catch (CryptographicException)
        {
            return [];
        }
    }

    private static IDataProtector Protector(HttpContext http) =>
        ((IDataProtectionProvider)http.RequestServices.GetService(typeof(IDataProtectionProvider))!).CreateProtector(Purpose);
}
