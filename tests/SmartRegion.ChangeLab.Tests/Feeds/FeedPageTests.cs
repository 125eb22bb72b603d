using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Feeds;

/// <summary>The page „Meine Kalender-Abos“ with plain forms (no JavaScript), the links to it, and the address in "Meine Daten".</summary>
public sealed class FeedPageTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private const string Page = "/change-lab/kalender";

    private static Dictionary<string, string> NoValues() => [];

    [Fact]
    public async Task creating_through_the_form_shows_the_address_once_and_it_works_without_a_session()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await FeedKit.BookAsync(me, DemoWorkspaceSeeder.FirstDesk, "2026-12-08");
        var page = await HtmlPage.LoadAsync(me, Page);
        Assert.Equal("Meine Kalender-Abos", page.H1);
        Assert.Contains("Kalender-Abo ist eine Internet-Adresse", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var posted = await HtmlPage.FromAsync(await page.SubmitAsync(me, "main form#form-erstellen", NoValues()), Page);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var address = posted.Document.QuerySelector("main input#feld-adresse")!.GetAttribute("value")!;
        Assert.NotNull(posted.Document.QuerySelector("label[for=feld-adresse]"));
        var feed = await FeedKit.FetchAsync(Host, FeedKit.PathOf(address));
        Assert.Single(feed.Events.EnumerateArray());
        var resourceAddresses = posted.Document.QuerySelectorAll("main table code").Select(c => c.TextContent).ToList();
        Assert.Contains(FeedKit.ResourcePath(FeedKit.PathOf(address), DemoWorkspaceSeeder.FirstDesk), resourceAddresses.Select(FeedKit.PathOf));
        // Shown once: loaded again, the page knows only that there is an address.
        var again = await HtmlPage.LoadAsync(me, Page);
        Assert.Null(again.Document.QuerySelector("main input#feld-adresse"));
        Assert.DoesNotContain(FeedKit.KeyOf(FeedKit.PathOf(address)), again.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task replacing_without_the_confirmation_shows_the_error_summary_and_changes_nothing()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var old = await FeedKit.IssueAsync(me);
        var page = await HtmlPage.LoadAsync(me, Page);

        var posted = await HtmlPage.FromAsync(await page.SubmitAsync(me, "main form#form-ersetzen", NoValues()), Page);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var (text, target) = Assert.Single(posted.ErrorSummaryLinks());
        Assert.Equal("feld-replace", target);
        Assert.Contains("alte Adresse", text, StringComparison.Ordinal);
        Assert.StartsWith("Fehler", posted.Title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await FeedKit.FetchAsync(Host, old)).Status);
    }

    [Fact]
    public async Task replacing_with_the_confirmation_gives_a_new_address_and_the_old_one_is_a_404()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var old = await FeedKit.IssueAsync(me);
        var page = await HtmlPage.LoadAsync(me, Page);

        var posted = await HtmlPage.FromAsync(await page.SubmitAsync(me, "main form#form-ersetzen", new Dictionary<string, string> { ["Replace"] = "true" }), Page);

        var renewed = FeedKit.PathOf(posted.Document.QuerySelector("main input#feld-adresse")!.GetAttribute("value")!);
        Assert.NotEqual(old, renewed);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, old)).Status);
        Assert.Equal(HttpStatusCode.OK, (await FeedKit.FetchAsync(Host, renewed)).Status);
    }

    [Fact]
    public async Task deleting_through_the_form_redirects_with_a_message_and_the_address_is_a_404()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var old = await FeedKit.IssueAsync(me);
        var page = await HtmlPage.LoadAsync(me, Page);

        var posted = await page.SubmitAsync(me, "main form#form-loeschen", NoValues());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/change-lab/kalender?erledigt=geloescht", Target(posted));
        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, old)).Status);
        var after = await HtmlPage.LoadAsync(me, "/change-lab/kalender?erledigt=geloescht");
        Assert.Contains("gelöscht", after.Document.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.Document.QuerySelector("main form button"));
    }

    [Fact]
    public async Task in_english_the_page_explains_feeds_in_english()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var page = await GetEnglishAsync(me, Page);

        Assert.Equal("My calendar subscriptions", page.H1);
        Assert.Contains("A calendar subscription is a web address", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Create calendar address", page.Document.QuerySelector("main form button")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Personas.Anonymous, "/anmelden")]
    [InlineData(Personas.Resident, "/fehler/403")]
    [InlineData(Personas.StaffRimpar, null)]
    [InlineData(Personas.RegionAdmin, null)]
    public async Task the_page_is_for_staff_who_may_book(string persona, string? sentTo)
    {
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        if (sentTo is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(sentTo, Target(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task my_bookings_link_to_the_page_and_a_resource_page_shows_its_feed_only_to_holders_of_an_address()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var resource = $"/change-lab/plaetze/{DemoWorkspaceSeeder.MeetingRoom}";
        Assert.NotNull((await HtmlPage.LoadAsync(me, "/change-lab/buchungen")).Document.QuerySelector($"main a[href='{Page}']"));
        Assert.Null((await HtmlPage.LoadAsync(me, resource)).Document.QuerySelector($"main a[href='{Page}']"));

        await FeedKit.IssueAsync(me);

        var withFeed = await HtmlPage.LoadAsync(me, resource);
        Assert.NotNull(withFeed.Document.QuerySelector($"main a[href='{Page}']"));
        Assert.Contains($"/plaetze/{DemoWorkspaceSeeder.MeetingRoom}.ics", withFeed.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_export_says_since_when_there_is_an_address_and_a_deleted_account_takes_it_away()
    {
        var person = (await Personas.EnsureAsync(Host, Personas.StaffHoechberg))!.Id;
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var path = await FeedKit.IssueAsync(me);
        await using var scope = Host.Services.CreateAsyncScope();
        var contributor = scope.ServiceProvider.GetServices<IPersonalDataContributor>().Single(c => c.Section == "change-lab");

        var data = JsonSerializer.SerializeToElement(await contributor.CollectAsync(new PersonId(person), CancellationToken.None));

        var feed = data.GetProperty("calendarFeed");
        Assert.True(feed.GetProperty("exists").GetBoolean());
        Assert.Equal(ChangeLabHost.Start, feed.GetProperty("createdAt").GetDateTimeOffset());
        Assert.DoesNotContain(FeedKit.KeyOf(path), data.ToString(), StringComparison.Ordinal);

        var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler<PersonDeleted>>().Single(h => h.GetType().Assembly == typeof(ChangeLabDb).Assembly);
        await handler.HandleAsync(new PersonDeleted(new PersonId(person)), CancellationToken.None);

        Assert.Equal(0, await Host.QueryAsync(db => db.FeedAddresses.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, path)).Status);
        Assert.Null(await contributor.CollectAsync(new PersonId(person), CancellationToken.None));
    }
}
