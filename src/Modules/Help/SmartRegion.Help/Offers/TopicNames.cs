using System.Globalization;
using System.Resources;
using SmartRegion.Help.Resources;
using SmartRegion.Ui.Components;

namespace SmartRegion.Help.Offers;

/// <summary>
/// A topic's name in the page's language. Topics are data (HSDS taxonomy terms, German); the directory's own topic list
/// has English names in <c>TopicText.en.resx</c>, keyed by code. The English name is used only while the term still has
/// the German name it translates — a term renamed or brought in by an import keeps its own German name, marked
/// <c>lang="de"</c> on an English page (WCAG 3.1.2).
/// </summary>
internal static class TopicNames
{
    private static readonly ResourceManager Names = new(typeof(TopicText).FullName!, typeof(TopicText).Assembly);

    /// <summary>The name to show, and <c>de</c> when it is German on a page in another language.</summary>
    public static TopicName Of(string? code, string name)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (culture.TwoLetterISOLanguageName == "de" || code is null || Names.GetString(code, CultureInfo.InvariantCulture) != name)
        {
            return new TopicName(name, ContentLanguage.German);
        }

        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (Names.GetResourceSet(c, createIfNotExists: true, tryParents: false)?.GetString(code) is { Length: > 0 } translated)
            {
                return new TopicName(translated, null);
            }
        }

        return new TopicName(name, ContentLanguage.German);
    }
}
