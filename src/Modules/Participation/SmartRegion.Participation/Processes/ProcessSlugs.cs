using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Participation.Processes;

/// <summary>The stable address part of a process (<c>/mitmachen/{slug}</c>), made from its title once.</summary>
internal static class ProcessSlugs
{
    public static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
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
        result = result.Length > 80 ? result[..80].TrimEnd('-') : result;
        return result.Length == 0 ? "beteiligung" : result;
    }

    public static async Task<string> UniqueAsync(ParticipationDb db, string title, CancellationToken cancellationToken)
    {
        var slug = Slug(title);
        var taken = await db.Processes.IgnoreAutoIncludes().Where(p => p.Slug == slug || p.Slug.StartsWith(slug + "-")).Select(p => p.Slug).ToListAsync(cancellationToken);
        var candidate = slug;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = slug + "-" + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
