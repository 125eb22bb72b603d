using System.Globalization;

namespace SmartRegion.Ui.Components;

/// <summary>
/// The language of parts (WCAG 3.1.2). What people and staff enter — offer and dataset texts, names, categories — is
/// German; on a page in another language it carries <c>lang="de"</c>, so screen readers speak it as German and browsers
/// hyphenate it by German rules. Write <c>lang="@ContentLanguage.German"</c>: on German pages the value is null and
/// Blazor leaves the attribute out.
/// </summary>
public static class ContentLanguage
{
    /// <summary><c>de</c> when the page is not German, else null.</summary>
    public static string? German => Of("de");

    /// <summary>The language code when it differs from the page's, else null.</summary>
    public static string? Of(string? language) =>
        string.IsNullOrEmpty(language)
        || string.Equals(language.Split('-')[0], CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase)
            ? null
            : language;
}
