using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Presence;

/// <summary>The page „Wer ist heute da?“ with plain forms (no JavaScript): explanation and consent first, the list only for those who take part.</summary>
public sealed class WhoIsInPageTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private const string Page = "/change-lab/heute";

    private static Dictionary<string, string> NoValues() => [];

    /// <summary>A colleague of Rimpar who takes part and has Arbeitsplatz 1 from 10 to 12 today.</summary>
    private async Task<HttpClient> ColleagueInTodayAsync()
    {
        var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        await PresenceKit.ShareAsync(rimpar);
        await PresenceKit.BookTodayAsync(rimpar, DemoWorkspaceSeeder.FirstDesk, "10:00", "12:00");
        return rimpar;
    }

    [Fact]
    public async Task a_person_not_taking_part_sees_the_explanation_and_the_form_but_no_list()
    {
        using var rimpar = await ColleagueInTodayAsync();
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var page = await HtmlPage.LoadAsync(me, Page);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Wer ist heute da?", page.H1);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        var main = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("Nur wer mitmacht, wird hier gezeigt", main, StringComparison.Ordinal);
        Assert.DoesNotContain("staff-rimpar", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Arbeitsplatz 1", main, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main table"));
        var form = page.Document.QuerySelector("main form#form-mitmachen")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[type=hidden][name=__RequestVerificationToken]"));
        Assert.Contains("Ja, ich mache mit", form.QuerySelector("button[type=submit]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task taking_part_through_the_form_redirects_and_then_shows_the_colleagues_in_today()
    {
        using var rimpar = await ColleagueInTodayAsync();
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var page = await HtmlPage.LoadAsync(me, Page);

        var posted = await page.SubmitAsync(me, "main form#form-mitmachen", NoValues());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/change-lab/heute?erledigt=geteilt", Target(posted));
        var after = await HtmlPage.LoadAsync(me, "/change-lab/heute?erledigt=geteilt");
        Assert.Contains("Sie machen mit", after.Document.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        var headers = after.Document.QuerySelectorAll("main table thead th[scope=col]").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Person", "Platz", "Zeit"], headers);
        Assert.Contains("Heute im Change Lab", after.Document.QuerySelector("main table caption")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(after.Document.QuerySelectorAll("main table tbody tr"));
        Assert.Equal("staff-rimpar", row.QuerySelector("th[scope=row]")!.TextContent.Trim());
        Assert.Contains("Arbeitsplatz 1", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("10:00–12:00 Uhr", row.TextContent, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("main form#form-mitmachen"));
        Assert.NotNull(after.Document.QuerySelector("main form#form-beenden input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task stopping_through_the_form_takes_the_person_off_the_colleagues_list_at_once()
    {
        using var rimpar = await ColleagueInTodayAsync();
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await PresenceKit.ShareAsync(me);
        Assert.Single((await HtmlPage.LoadAsync(me, Page)).Document.QuerySelectorAll("main table tbody tr"));
        var theirs = await HtmlPage.LoadAsync(rimpar, Page);

        var posted = await theirs.SubmitAsync(rimpar, "main form#form-beenden", NoValues());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/change-lab/heute?erledigt=beendet", Target(posted));
        var mine = await HtmlPage.LoadAsync(me, Page);
        Assert.Null(mine.Document.QuerySelector("main table"));
        Assert.DoesNotContain("staff-rimpar", mine.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(mine.Document.QuerySelector("main #niemand"));
        var after = await HtmlPage.LoadAsync(rimpar, "/change-lab/heute?erledigt=beendet");
        Assert.Contains("nicht mehr mit", after.Document.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.Document.QuerySelector("main form#form-mitmachen"));
    }

    [Fact]
    public async Task a_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        using var request = SessionWriteToken.WithoutToken(new HttpRequestMessage(HttpMethod.Post, Page));
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "share-presence" });
        var posted = await me.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(0, await Host.QueryAsync(db => db.PresenceSharings.CountAsync()));
    }

    [Fact]
    public async Task in_english_the_page_explains_taking_part_in_english()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var page = await GetEnglishAsync(me, Page);

        Assert.Equal("Who is in today?", page.H1);
        Assert.Contains("only people who take part see the list", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Yes, I take part", page.Document.QuerySelector("main form button")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_change_lab_start_page_links_to_the_page()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var start = await HtmlPage.LoadAsync(me, "/change-lab");

        Assert.Contains("Wer ist heute da?", start.Document.QuerySelector($"main a[href='{Page}']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Personas.Anonymous, "/anmelden")]
    [InlineData(Personas.Resident, "/fehler/403")]
    [InlineData(Personas.ModeratorHoechberg, "/fehler/403")]
    [InlineData(Personas.StaffRimpar, null)]
    [InlineData(Personas.AdminHoechberg, null)]
    [InlineData(Personas.RegionAdmin, null)]
    public async Task the_page_is_for_staff_and_administrators_of_the_region(string persona, string? sentTo)
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
}
