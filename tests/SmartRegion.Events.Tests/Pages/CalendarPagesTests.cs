using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Pages;

public sealed class CalendarPagesTests(EventsHost host) : EventsTest(host)
{
    [Fact]
    public async Task the_calendar_lists_dates_pages_them_filters_them_and_links_the_month_view_and_the_feeds()
    {
        var page = await GetPageAsync("/veranstaltungen");
        var rimpar = await GetPageAsync($"/veranstaltungen?gemeinde={DemoEventsSeeder.Rimpar}");
        var second = await GetPageAsync("/veranstaltungen?seite=2");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Veranstaltungen", page.H1);
        Assert.Equal(20, page.Document.QuerySelectorAll("ul[aria-labelledby=treffer] > li").Length);
        Assert.NotNull(page.Document.QuerySelector("nav.sr-pager a[rel=next]"));
        Assert.NotNull(page.Document.QuerySelector("a[href^='/veranstaltungen/monat']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/veranstaltungen/kalender.ics']"));
        Assert.All(rimpar.Document.QuerySelectorAll("ul[aria-labelledby=treffer] h3"), h => Assert.Contains("Demo:", h.TextContent, StringComparison.Ordinal));
        Assert.Contains(rimpar.Document.QuerySelectorAll("ul[aria-labelledby=treffer] h3"), h => h.TextContent.Contains("Rittersaal", StringComparison.Ordinal));
        Assert.DoesNotContain(rimpar.Document.QuerySelectorAll("ul[aria-labelledby=treffer] h3"), h => h.TextContent.Contains("Repair", StringComparison.Ordinal));
        Assert.NotNull(rimpar.Document.QuerySelector($"a[href='/veranstaltungen/kalender/{DemoEventsSeeder.Rimpar}.ics']"));
        Assert.Equal(HttpStatusCode.OK, second.Status);
    }

    [Fact]
    public async Task the_month_view_is_a_table_with_a_caption_weekday_headers_and_links_to_the_events()
    {
        var page = await GetPageAsync("/veranstaltungen/monat?jahr=2026&monat=12");

        var table = page.Document.QuerySelector("table")!;
        Assert.Contains("2026", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, table.QuerySelectorAll("thead th[scope=col]").Length);
        Assert.NotEmpty(table.QuerySelectorAll("td a[href^='/veranstaltungen/demo-']"));
        Assert.NotNull(page.Document.QuerySelector("a[rel=next][href='/veranstaltungen/monat?jahr=2027&monat=1']"));
        // A day shows its number (room enough on a phone); screen readers hear the whole date.
        var first = table.QuerySelectorAll("tbody td").First(td => td.TextContent.Trim().Length > 0);
        Assert.Equal("1", first.QuerySelector("[aria-hidden=true]")!.TextContent);
        Assert.Equal("1. Dezember", first.QuerySelector(".kern-sr-only")!.TextContent);
    }

    [Fact]
    public async Task the_month_is_also_a_list_of_the_days_with_events_for_phones_with_the_same_links_in_day_order()
    {
        var page = await GetPageAsync("/veranstaltungen/monat?jahr=2026&monat=12");

        var table = page.Document.QuerySelectorAll("table td a").Select(a => a.GetAttribute("href")).ToList();
        var agenda = page.Document.QuerySelector("section.sr-month-agenda")!;
        var days = agenda.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Equal(page.Document.QuerySelector("caption")!.TextContent, agenda.QuerySelector("h2")!.TextContent);
        // Only days with events, each once, in the month's order; the same events as the table.
        Assert.NotEmpty(days);
        Assert.Equal(days.Count, days.Distinct().Count());
        Assert.All(days, d => Assert.Contains("Dezember", d, StringComparison.Ordinal));
        Assert.Equal(table, agenda.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).ToList());
        var numbers = days.Select(d => int.Parse(d.Split(", ")[1].Split('.')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Order().ToList(), numbers);
    }

    [Fact]
    public async Task a_month_without_events_says_so_in_the_list()
    {
        var page = await GetPageAsync("/veranstaltungen/monat?jahr=2099&monat=1");

        Assert.Empty(page.Document.QuerySelectorAll("section.sr-month-agenda h3"));
        Assert.Contains("keine Veranstaltungen", page.Document.QuerySelector("section.sr-month-agenda p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_event_page_carries_schema_org_event_data_for_each_date()
    {
        var slug = await Host.QueryAsync(db => db.Events.Where(e => e.Title == "Demo: Change Lab: Sprechstunde Digitalisierung").Select(e => e.Slug).SingleAsync());

        var page = await GetPageAsync($"/veranstaltungen/{slug}");

        var script = Assert.Single(page.Document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var graph = json.RootElement.GetProperty("@graph");
        Assert.Equal(8, graph.GetArrayLength());
        Assert.Equal("Event", graph[0].GetProperty("@type").GetString());
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", graph[0].GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", graph[0].GetProperty("location")[0].GetProperty("@type").GetString());
        Assert.Equal(8, page.Document.QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public async Task an_unknown_event_and_a_draft_are_not_found()
    {
        var page = await GetPageAsync("/veranstaltungen/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task the_calendar_speaks_english_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/veranstaltungen");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var page = await HtmlPage.FromAsync(await Client.SendAsync(request), "/veranstaltungen");

        Assert.Equal("Events", page.H1);
    }

    [Fact]
    public async Task the_english_month_names_its_days_the_british_way()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/veranstaltungen/monat?jahr=2026&monat=12");
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        var page = await HtmlPage.FromAsync(await Client.SendAsync(request), "/veranstaltungen/monat");

        var first = page.Document.QuerySelectorAll("table tbody td").First(td => td.TextContent.Trim().Length > 0);
        Assert.Equal("1 December", first.QuerySelector(".kern-sr-only")!.TextContent);
        var days = page.Document.QuerySelectorAll("section.sr-month-agenda h3").Select(h => h.TextContent).ToList();
        Assert.NotEmpty(days);
        Assert.All(days, d => Assert.Matches(@"^[A-Z][a-z]+day, \d{1,2} December$", d));
    }
}
