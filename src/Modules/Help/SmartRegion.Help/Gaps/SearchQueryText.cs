using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SmartRegion.Help.Gaps;

/// <summary>
/// The form a search text is counted in: lower-case, trimmed, whitespace collapsed, at most 200 characters, with
/// e-mail addresses and long numbers (six digits or more: phone numbers, dates of birth, IBANs, customer numbers)
/// masked, because people sometimes type their own details into a search box. Short numbers stay: a postal code or
/// an age says what is missing where, not who searched.
/// </summary>
internal static partial class SearchQueryText
{
    public const int MaxLength = 200;

    public const string EmailMask = "[e-mail]";

    public const string NumberMask = "[nummer]";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lower = text.ToLower(CultureInfo.GetCultureInfo("de-DE"));
        var masked = Email().Replace(lower, EmailMask);
        masked = Number().Replace(masked, m => m.Value.Count(char.IsAsciiDigit) >= 6 ? NumberMask : m.Value);
        var clean = new StringBuilder(masked.Length);
        foreach (var c in masked)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        var collapsed = Whitespace().Replace(clean.ToString(), " ").Trim();
        return collapsed.Length <= MaxLength ? collapsed : collapsed[..MaxLength].TrimEnd();
    }

    [GeneratedRegex(@"[^\s@]+@[^\s@]+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+?\d[\d \-/().]*\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
