using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace SmartRegion.Events.Feeds;

/// <summary>
/// Writes dates as iCalendar (RFC 5545) with Ical.Net: one VEVENT per date, times in UTC so no VTIMEZONE is needed, a
/// stable UID per date so calendar programs update instead of duplicating, STATUS:CANCELLED for cancelled events and
/// STATUS:TENTATIVE for a date that is not certain for the reader (a personal feed's place on the waiting list).
/// SEQUENCE is the date's version: a moved or cancelled date keeps its UID with a higher number, so calendar programs
/// replace the entry; a mail telling of a cancelled date says METHOD:CANCEL.
/// </summary>
internal static class ICalendarWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    internal sealed record Entry(Guid DateId, string Title, string Description, string Slug, DateTimeOffset Starts, DateTimeOffset Ends, string Status, string? Location, bool Tentative = false, int Sequence = 0);

    public const string Publish = "PUBLISH";

    public const string Cancel = "CANCEL";

    public static string Write(string name, IEnumerable<Entry> entries, DateTimeOffset now, Func<string, string> absolute, string method = Publish)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absolute);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Smarte Region Wuerzburg//Veranstaltungen//DE", Method = method };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.DateId.ToString("D") + "@smarte-region",
                Summary = entry.Title,
                Description = entry.Description,
                Location = entry.Location,
                Url = new Uri(absolute(Contracts.EventsRoutes.Event(entry.Slug))),
                DtStart = new CalDateTime(entry.Starts.UtcDateTime),
                DtEnd = new CalDateTime(entry.Ends.UtcDateTime),
                DtStamp = new CalDateTime(now.UtcDateTime),
                Sequence = entry.Sequence,
                Status = entry.Status == Calendar.EventStatus.Cancelled ? Ical.Net.EventStatus.Cancelled
                    : entry.Tentative ? Ical.Net.EventStatus.Tentative : Ical.Net.EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
