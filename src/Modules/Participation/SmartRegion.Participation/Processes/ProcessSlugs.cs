using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Text;

namespace SmartRegion.Participation.Processes;

/// <summary>The stable address part of a process (<c>/mitmachen/{slug}</c>), made from its title once.</summary>
internal static class ProcessSlugs
{
    public static string Slug(string title) => Slugs.From(title, "beteiligung");

    /// <summary>A slug no other process has: the slug, or the slug with <c>-2</c>, <c>-3</c>, … appended.</summary>
    public static async Task<string> UniqueAsync(ParticipationDb db, string title, CancellationToken cancellationToken)
    {
        var slug = Slug(title);
        var taken = await db.Processes.IgnoreAutoIncludes().Where(p => p.Slug == slug || p.Slug.StartsWith(slug + "-")).Select(p => p.Slug).ToListAsync(cancellationToken);
        return Slugs.FirstFree(slug, taken);
    }
}
