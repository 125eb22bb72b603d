using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Text;

namespace SmartRegion.OpenData.Datasets;

/// <summary>The stable name (slug) of a dataset: lower-case ASCII letters, digits and hyphens, made from its title once.</summary>
internal static class DatasetNames
{
    public static string Slug(string text) => Slugs.From(text, "datensatz");

    /// <summary>A name no other dataset has: the slug, or the slug with <c>-2</c>, <c>-3</c>, … appended.</summary>
    public static async Task<string> UniqueAsync(OpenDataDb db, string title, CancellationToken cancellationToken)
    {
        var slug = Slug(title);
        var taken = await db.Datasets.Where(d => d.Name == slug || d.Name.StartsWith(slug + "-")).Select(d => d.Name).ToListAsync(cancellationToken);
        return Slugs.FirstFree(slug, taken);
    }
}
