using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartRegion.Hub.Accounts;

/// <summary>Identity's tokens travel in links as base64url, so no character needs escaping in a mail program.</summary>
internal static class AccountTokens
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 2000)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static Guid? PersonId(string? person) => Guid.TryParse(person, out var id) ? id : null;
}
