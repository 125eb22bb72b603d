using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Text;

namespace SmartRegion.Events.Calendar;

/// <summary>The stable address part of an event (<c>/veranstaltungen/{slug}</c>), made from its title once.</summary>
internal static class EventSlugs
{
    /// <summary>Addresses under <c>/veranstaltungen/</c> that are pages of their own; an event titled so gets a number.</summary>
    private static readonly string[] Reserved = ["monat", "mein-kalender", "organisieren", "anmeldung", "kalender"];

    public static async Task<string> UniqueAsync(EventsDb db, string title, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(title, "veranstaltung");
        var taken = await db.Events.Where(p => p.Slug == slug || p.Slug.StartsWith(slug + "-")).Select(p => p.Slug).ToListAsync(cancellationToken);
        return Slugs.FirstFree(slug, [.. taken, .. Reserved]);
    }
}
