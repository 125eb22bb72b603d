using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Feeds;

public sealed class FeedTests(EventsHost host) : EventsTest(host)
{
    [Fact]
    public async Task the_region_feed_is_icalendar_that_an_independent_parser_reads_with_every_public_date()
    {
        var response = await Client.GetAsync(new Uri("/veranstaltungen/kalender.ics", UriKind.Relative));
        var ics = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        var parsed = IcsParser.Parse(ics);
        var dates = await Host.QueryAsync(db => db.Dates.CountAsync());
        Assert.Equal(dates, parsed.GetProperty("events").GetArrayLength());
        Assert.All(parsed.GetProperty("events").EnumerateArray(), e => Assert.EndsWith("@smarte-region", e.GetProperty("uid").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_municipalitys_feed_has_only_its_events_and_shows_a_cancellation()
    {
        var cancelled = await Host.QueryAsync(async db =>
        {
            var item = await db.Events.FirstAsync(e => e.MunicipalityAgs == DemoEventsSeeder.Ochsenfurt);
            item.Cancel("Regen", Host.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return item.Title;
        });

        var parsed = IcsParser.Parse(await Client.GetStringAsync(new Uri($"/veranstaltungen/kalender/{DemoEventsSeeder.Ochsenfurt}.ics", UriKind.Relative)));

        var events = parsed.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        Assert.Contains("Ochsenfurt", parsed.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("CANCELLED", events.Single(e => e.GetProperty("summary").GetString() == cancelled).GetProperty("status").GetString());
    }

    [Fact]
    public async Task an_unknown_municipality_or_organiser_feed_is_a_404_problem()
    {
        var municipality = await Client.GetAsync(new Uri("/veranstaltungen/kalender/09999999.ics", UriKind.Relative));
        var organiser = await Client.GetAsync(new Uri($"/veranstaltungen/veranstalter/{Guid.NewGuid()}.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, municipality.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, organiser.StatusCode);
        Assert.Equal("application/problem+json", organiser.Content.Headers.ContentType?.MediaType);
    }
}
