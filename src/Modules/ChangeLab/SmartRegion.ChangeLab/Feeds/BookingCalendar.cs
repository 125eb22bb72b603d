using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Security;

namespace SmartRegion.ChangeLab.Feeds;

/// <summary>
/// Writes bookings as iCalendar (RFC 5545) with Ical.Net: times in UTC (no VTIMEZONE needed), a stable UID per booking
/// and feed kind so calendar programs update instead of duplicating, STATUS from the booking (see <see cref="StatusOf"/>).
/// </summary>
internal static class BookingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How far back a feed reaches, so a subscribed calendar also learns of recent cancellations.</summary>
    public static readonly TimeSpan Past = TimeSpan.FromDays(30);

    public const int MaxEntries = 2_000;

    internal sealed record Entry(string Uid, string Summary, string Description, string Location, DateTimeOffset Starts, DateTimeOffset Ends, string Status);

    /// <summary>
    /// Confirmed is CONFIRMED, waiting for approval is TENTATIVE; cancelled, released and declined bookings stay in the
    /// feed as CANCELLED, so a calendar that already shows them takes them out instead of keeping a stale entry.
    /// </summary>
    public static string StatusOf(string bookingStatus) => bookingStatus switch
    {
        BookingStatus.Confirmed => Ical.Net.EventStatus.Confirmed,
        BookingStatus.Pending => Ical.Net.EventStatus.Tentative,
        _ => Ical.Net.EventStatus.Cancelled,
    };

    public static string Write(string name, IEnumerable<Entry> entries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Smarte Region Wuerzburg//Change Lab//DE", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = entry.Summary,
                Description = entry.Description.Length == 0 ? null : entry.Description,
                Location = entry.Location,
                DtStart = new CalDateTime(entry.Starts.UtcDateTime),
                DtEnd = new CalDateTime(entry.Ends.UtcDateTime),
                DtStamp = new CalDateTime(now.UtcDateTime),
                Status = entry.Status,
                Class = "PRIVATE",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// The person a well-formed key belongs to while they are still staff; null for anything else, so every miss looks
    /// the same. A person whose staff role was taken away keeps the address but it opens nothing, until the role is back.
    /// </summary>
    public static async Task<Guid?> HolderAsync(string key, ChangeLabDb db, IPersonRoles roles, CancellationToken cancellationToken)
    {
        if (!SecretKey.IsWellFormed(key))
        {
            return null;
        }

        var hash = SecretKey.HashHex(key);
        var holder = await db.FeedAddresses.AsNoTracking().Where(f => f.KeyHash == hash).Select(f => (Guid?)f.PersonId).SingleOrDefaultAsync(cancellationToken);
        return holder is { } person && await roles.HoldsAnyAsync(new PersonId(person), ChangeLabAccess.StaffRoles, cancellationToken) ? person : null;
    }

    /// <summary>The feed itself: personal, so no cache keeps it (the address is the only secret).</summary>
    public static FileContentHttpResult File(HttpContext http, string ics, string fileName)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), ContentType, fileName);
    }

    /// <summary>One answer for an unknown, revoked or malformed key: it says nothing about whether it ever existed.</summary>
    public static NotFoundProblem NotFound(HttpContext http, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "private, no-store";
        return new NotFoundProblem(message);
    }
}
