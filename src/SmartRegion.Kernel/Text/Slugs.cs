using System.Globalization;
using System.Text;

namespace SmartRegion.Kernel.Text;

/// <summary>
/// Stable address parts made from a title once (datasets, participation processes): lower-case ASCII letters, digits and
/// single hyphens, German umlauts and ß spelled out, at most 80 characters.
/// </summary>
public static class Slugs
{
    /// <summary>The longest slug made; a longer title is cut at a hyphen-free end.</summary>
    public const int MaxLength = 80;

    /// <summary>The slug of <paramref name="text"/>, or <paramref name="fallback"/> when nothing of it is left.</summary>
    public static string From(string text, string fallback)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var part = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            };
            if (part != "-" || (slug.Length > 0 && slug[^1] != '-'))
            {
                slug.Append(part);
            }
        }

        var result = slug.ToString().Trim('-');
        result = result.Length > MaxLength ? result[..MaxLength].TrimEnd('-') : result;
        return result.Length == 0 ? fallback : result;
    }

    /// <summary>The slug itself when it is free, else the slug with <c>-2</c>, <c>-3</c>, … appended.</summary>
    public static string FirstFree(string slug, IReadOnlyCollection<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var candidate = slug;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = slug + "-" + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
