using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Presence;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Tests.Presence;

/// <summary>Steps the „Wer ist heute da?“ tests share: take part through the API, or set up colleagues and their bookings in the database.</summary>
internal static class PresenceKit
{
    public const string Today = "/api/changelab/today";

    public const string Sharing = "/api/changelab/me/presence-sharing";

    public static readonly DateOnly Monday = new(2026, 12, 7);

    public static async Task ShareAsync(HttpClient client) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync(new Uri(Sharing, UriKind.Relative), null)).StatusCode);

    /// <summary>A colleague who took part before the test began.</summary>
    public static Task SharedAsync(ChangeLabHost host, Guid person) =>
        host.QueryAsync(async db =>
        {
            db.PresenceSharings.Add(PresenceSharing.Create(person, ChangeLabHost.Start.AddDays(-30)));
            return await db.SaveChangesAsync();
        });

    /// <summary>A booking as it stands after whatever happened to it (given back, released, waiting for approval).</summary>
    public static Task BookedAsync(ChangeLabHost host, Guid person, string name, string slug, DateOnly day, string status = BookingStatus.Confirmed) =>
        host.QueryAsync(async db =>
        {
            var resource = await db.Bookables.SingleAsync(b => b.Slug == slug);
            var now = ChangeLabHost.Start.AddDays(-30);
            var booking = Booking.Create(resource.Id, person, name, day, BerlinDay.At(day, new TimeOnly(9, 0)), BerlinDay.At(day, new TimeOnly(12, 0)),
                status == BookingStatus.Pending, [], now);
            if (status == BookingStatus.Cancelled)
            {
                booking.Cancel(now);
            }
            else if (status == BookingStatus.Released)
            {
                booking.Release(now);
            }

            db.Bookings.Add(booking);
            return await db.SaveChangesAsync();
        });

    public static async Task<HttpResponseMessage> BookTodayAsync(HttpClient client, string resource, string from, string to)
    {
        var booked = await client.PostAsJsonAsync("/api/changelab/bookings", new { resource, day = "2026-12-07", from, to });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        return booked;
    }
}
