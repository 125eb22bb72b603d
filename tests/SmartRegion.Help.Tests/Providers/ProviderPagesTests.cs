using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Revisions;
using SmartRegion.TestKit;
using static SmartRegion.Help.Tests.Providers.ProviderPeople;

namespace SmartRegion.Help.Tests.Providers;

public sealed class ProviderPagesTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    private static string EditUrl => $"/hilfe/meine-angebote/{HoechbergService}/bearbeiten";

    [Fact]
    public async Task the_edit_form_with_bad_input_shows_the_error_summary_linked_to_the_fields_and_stores_nothing()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        var form = await HtmlPage.LoadAsync(member, EditUrl);
        Assert.Equal("Nachbarschaftshilfe Höchberg", form.Document.QuerySelector("#feld-name")!.GetAttribute("value"));

        var posted = await form.SubmitAsync(member, "main form", new Dictionary<string, string>
        {
            ["Model.Name"] = "",
            ["Model.Phone"] = "bitte anrufen",
            ["Model.Hours[1].Tu"] = "true",
            ["Model.Hours[1].Opens"] = "25:00",
            ["Model.Hours[1].Closes"] = "12:00",
        });
        var page = await HtmlPage.FromAsync(posted, EditUrl);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var targets = page.ErrorSummaryLinks().Select(l => l.Target).ToList();
        Assert.Contains("feld-name", targets);
        Assert.Contains("feld-phone", targets);
        Assert.Contains("feld-hours2-opens", targets);
        Assert.All(targets, t => Assert.NotNull(page.Document.GetElementById(t)));
        Assert.Equal(0, await Host.QueryAsync(db => db.OfferRevisions.CountAsync()));
    }

    [Fact]
    public async Task a_post_whose_opening_hours_cannot_be_read_counts_them_as_not_ticked_and_never_fails()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        var form = await HtmlPage.LoadAsync(member, EditUrl);

        // A browser sends "true" for a tick; a tampered post sends anything, or rows with gaps.
        var posted = await form.SubmitAsync(member, "main form", new Dictionary<string, string>
        {
            ["Model.Description"] = "Einkaufshilfe.",
            ["Model.Hours[0].Mo"] = ";env;",
            ["Model.Hours[5].Tu"] = "true",
        });

        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Found, posted.StatusCode.ToString());
    }

    [Fact]
    public async Task a_change_through_the_form_redirects_to_the_list_and_staff_approve_it_on_the_review_page()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));
        var form = await HtmlPage.LoadAsync(member, EditUrl);

        var posted = await form.SubmitAsync(member, "main form", new Dictionary<string, string> { ["Model.Description"] = "Einkaufshilfe und Begleitung zu Terminen." });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/hilfe/meine-angebote?erledigt=vorgeschlagen", Target(posted));
        var list = await HtmlPage.LoadAsync(member, "/hilfe/meine-angebote");
        Assert.Contains("Eine Änderung wartet auf Prüfung.", list.Document.Body!.TextContent, StringComparison.Ordinal);

        var queue = await HtmlPage.LoadAsync(staff, "/verwaltung/hilfe/pruefen");
        var link = queue.Document.QuerySelector("main table a")!.GetAttribute("href")!;
        var review = await HtmlPage.LoadAsync(staff, link);
        Assert.Contains("Einkaufshilfe und Begleitung zu Terminen.", review.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var rejectWithoutReason = await review.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["Model.Decision"] = "reject" });
        Assert.Equal(HttpStatusCode.OK, rejectWithoutReason.StatusCode);
        var approved = await review.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["Model.Decision"] = "approve" });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("Einkaufshilfe und Begleitung zu Terminen.", await Host.QueryAsync(db => db.Services.Where(s => s.Id == HoechbergService).Select(s => s.Description).SingleAsync()));
        Assert.Equal(RevisionStatus.Approved, await Host.QueryAsync(db => db.OfferRevisions.Select(r => r.Status).SingleAsync()));
        var history = await HtmlPage.LoadAsync(staff, $"/verwaltung/hilfe/angebote/{HoechbergService}/verlauf");
        Assert.Contains("anbieterin", history.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_non_member_is_refused_the_edit_form_and_a_resident_the_review_queue()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        using var stranger = await SignedInAsync(Host, "fremd@beispiel.de");

        var edit = await stranger.GetAsync(new Uri(EditUrl, UriKind.Relative));
        var queue = await stranger.GetAsync(new Uri("/verwaltung/hilfe/pruefen", UriKind.Relative));

        Assert.Equal("/fehler/403", Target(edit));
        Assert.Equal("/fehler/403", Target(queue));
    }

    [Fact]
    public async Task the_account_page_links_my_offers_for_everyone_and_the_queue_for_staff()
    {
        using var resident = await SignedInAsync(Host, "buerger@beispiel.de");
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));

        var residentLinks = (await HtmlPage.LoadAsync(resident, "/konto")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        var staffLinks = (await HtmlPage.LoadAsync(staff, "/konto")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/hilfe/meine-angebote", residentLinks);
        Assert.DoesNotContain("/verwaltung/hilfe/pruefen", residentLinks);
        Assert.Contains("/verwaltung/hilfe/pruefen", staffLinks);
        Assert.Contains("/verwaltung/hilfe/luecken", staffLinks);
    }

    private static string? Target(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
