using System.Text;
using Microsoft.EntityFrameworkCore;

namespace SmartRegion.OpenData.Datasets;

/// <summary>The stable name (slug) of a dataset: lower-case ASCII letters, digits and hyphens, made from its title once.</summary>
internal static class DatasetNames
{
    public static string Slug(string text)
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
            if (part == "-" && (slug.Length == 0 || slug[^1] == '-'))
            {
                continue;
            }

            slug.Append(part);
        }

        var result = slug.ToString().Trim('-');
        result = result.Length > 80 ? result[..80].TrimEnd('-') : result;
        return result.Length == 0 ? "datensatz" : result;
    }

    /// <summary>A name no other dataset has: the slug, or the slug with <c>-2</c>, <c>-3</c>, … appended.</summary>
    public static async Task<string> UniqueAsync(OpenDataDb db, string title, CancellationToken cancellationToken)
    {
        var slug = Slug(title);
        var taken = await db.Datasets.Where(d => d.Name == slug || d.Name.StartsWith(slug + "-")).Select(d => d.Name).ToListAsync(cancellationToken);
        if (!taken.Contains(slug))
        {
            return slug;
        }

        for (var i = 2; ; i++)
        {
            var candidate = slug + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
