using System.Globalization;
using System.Text.Json;
using SmartRegion.Events.Contracts;

namespace SmartRegion.Events.Calendar;

/// <summary>
/// The schema.org <c>Event</c> of an event page, one per date, so search engines and other portals read dates, place,
/// price and status. The serializer escapes <c>&lt;</c>, so the text cannot end the script element it sits in.
/// </summary>
internal static class EventJsonLd
{
    public static string Script(GetEvent.Response item, string municipalityName, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(absolute);
        var graph = item.Dates.Select(d => new Dictionary<string, object?>
        {
            ["@type"] = "Event",
            ["name"] = item.Title,
            ["description"] = item.Description,
            ["url"] = absolute(EventsRoutes.Event(item.Slug)),
            ["startDate"] = d.Starts.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
            ["endDate"] = d.Ends.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
            ["eventStatus"] = item.Status == EventStatus.Cancelled || d.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = AttendanceModes.SchemaOrg(item.Mode),
            ["inLanguage"] = "de",
            ["isAccessibleForFree"] = item.Cost == 0,
            ["location"] = Location(item, municipalityName),
            ["organizer"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = item.OrganisationName ?? municipalityName },
            ["offers"] = new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["price"] = item.Cost.ToString("0.00", CultureInfo.InvariantCulture),
                ["priceCurrency"] = "EUR",
                ["url"] = absolute(EventsRoutes.Event(item.Slug)),
                ["availability"] = d.FreeSeats == 0 ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
            },
        }).ToList();
        var json = JsonSerializer.Serialize(new Dictionary<string, object?> { ["@context"] = "https://schema.org", ["@graph"] = graph });
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    private static List<object> Location(GetEvent.Response item, string municipalityName)
    {
        var places = new List<object>();
        if (item.Place is { } place)
        {
            places.Add(new Dictionary<string, object?>
            {
                ["@type"] = "Place",
                ["name"] = place.Name,
                ["address"] = new Dictionary<string, object?> { ["@type"] = "PostalAddress", ["streetAddress"] = place.Address, ["addressRegion"] = municipalityName, ["addressCountry"] = "DE" },
            });
        }

        if (item.OnlineUrl is { } url)
        {
            places.Add(new Dictionary<string, object?> { ["@type"] = "VirtualLocation", ["url"] = url });
        }

        return places;
    }
}
