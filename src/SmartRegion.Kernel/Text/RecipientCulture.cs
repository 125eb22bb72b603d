using System.Globalization;

namespace SmartRegion.Kernel.Text;

/// <summary>
/// A mail is written in its recipient's language, not in the language of whatever request or job sends it: German unless
/// they chose English. Texts, dates and numbers all follow it — English mails write dates the British way, German ones
/// the German way — and the thread's cultures are back as they were when the scope ends.
/// </summary>
public readonly struct RecipientCulture : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private RecipientCulture(CultureInfo culture, CultureInfo uiCulture)
    {
        _culture = culture;
        _uiCulture = uiCulture;
    }

    /// <summary>The culture for a saved language (<c>en</c> or anything else, which is German).</summary>
    public static CultureInfo For(string? language) => CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "de-DE");

    /// <summary>The two-letter language to keep for a person who writes in <paramref name="culture"/>: <c>en</c> or <c>de</c>.</summary>
    public static string LanguageOf(CultureInfo culture) => culture?.TwoLetterISOLanguageName == "en" ? "en" : "de";

    /// <summary>Switches text, dates and numbers to the recipient's language until disposed.</summary>
    public static RecipientCulture Use(string? language)
    {
        var scope = new RecipientCulture(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = For(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return scope;
    }

    /// <summary>Puts the cultures back.</summary>
    public void Dispose()
    {
        if (_culture is not null)
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
