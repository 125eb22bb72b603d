using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Text;

namespace SmartRegion.Events.Calendar;

/// <summary>The stable address part of an event (<c>/veranstaltungen/{slug}</c>), made from its title once.</summary>
internal static class EventSlugs
{
    public static async Task<string> UniqueAsync(EventsDb db, string title, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(title, "veranstaltung");
        var taken = await db.Events.Where(p => p.Slug == slug || p.Slug.StartsWith(slug + "-")).Select(p => p.Slug).ToListAsync(cancellationToken);
        return Slugs.FirstFree(slug, taken);
    }
}
