using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Pages;

public sealed class ProposalPagesTests(ParticipationHost host) : ParticipationTest(host)
{
    private const string BudgetProposals = $"/mitmachen/{DemoProcessesSeeder.BudgetSlug}/vorschlaege";
    private const string RegionProposals = $"/mitmachen/{DemoProcessesSeeder.RegionSlug}/vorschlaege";

    [Fact]
    public async Task the_list_shows_twenty_demo_proposals_a_page_with_the_threshold_and_filters_by_status()
    {
        var page = await GetPageAsync(BudgetProposals);
        var second = await GetPageAsync(BudgetProposals + "?status=&sortierung=newest&seite=2");
        var accepted = await GetPageAsync(BudgetProposals + "?status=accepted");
        var english = await GetEnglishAsync(BudgetProposals + "?sortierung=supported");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Vorschläge", page.H1);
        Assert.Equal(20, page.Document.QuerySelectorAll("main li h3 a").Length);
        Assert.Equal(10, second.Document.QuerySelectorAll("main li h3 a").Length);
        Assert.NotNull(page.Document.QuerySelector("main nav a[rel=next]"));
        var main = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("Ab 20 Unterstützungen", main, StringComparison.Ordinal);
        Assert.Contains("Demo-Inhalt.", main, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"main a[href='{BudgetProposals}/neu']"));
        Assert.All(accepted.Document.QuerySelectorAll("main li p"), p => Assert.StartsWith("Angenommen", p.TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(5, accepted.Document.QuerySelectorAll("main li h3 a").Length);
        Assert.Equal("Proposals", english.H1);
        Assert.All(english.Document.QuerySelectorAll("main li h3 a"), a => Assert.Equal("de", a.GetAttribute("lang")));
    }

    [Fact]
    public async Task a_resident_submits_a_proposal_through_the_form_after_an_error_summary_and_then_supports_and_withdraws_it()
    {
        Host.Clock.Advance(TimeSpan.FromDays(25));
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var list = await HtmlPage.LoadAsync(resident, RegionProposals);
        Assert.NotNull(list.Document.QuerySelector($"main a[href='{RegionProposals}/neu']"));
        var form = await HtmlPage.LoadAsync(resident, RegionProposals + "/neu");

        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(resident, "main form", new Dictionary<string, string> { ["Model.Title"] = "" }), RegionProposals + "/neu");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var targets = refused.ErrorSummaryLinks().Select(l => l.Target).ToList();
        Assert.Contains("feld-title", targets);
        Assert.Contains("feld-text", targets);
        Assert.Equal(0, await Host.QueryAsync(db => db.Proposals.CountAsync(p => !p.IsDemo)));

        var posted = await refused.SubmitAsync(resident, "main form", new Dictionary<string, string>
        {
            ["Model.Title"] = "Radweg entlang der B8",
            ["Model.Text"] = "Zwischen Kist und Würzburg fehlt ein Radweg.",
            ["Model.Category"] = "mobility",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var detailUrl = Target(posted)!;
        Assert.StartsWith(RegionProposals + "/", detailUrl, StringComparison.Ordinal);
        var detail = await HtmlPage.LoadAsync(resident, detailUrl);
        Assert.Equal("Radweg entlang der B8", detail.H1);
        Assert.Contains("0 von 50 nötigen Unterstützungen", detail.Document.GetElementById("unterstuetzung")!.TextContent, StringComparison.Ordinal);

        var supported = await detail.SubmitAsync(resident, "main form", new Dictionary<string, string> { ["Support.Action"] = "support" });
        var afterSupport = await HtmlPage.LoadAsync(resident, Target(supported)!);
        Assert.Contains("1 von 50", afterSupport.Document.GetElementById("unterstuetzung")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Unterstützung zurückziehen", afterSupport.Document.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);

        var withdrawn = await afterSupport.SubmitAsync(resident, "main form", new Dictionary<string, string> { ["Support.Action"] = "withdraw" });
        var afterWithdraw = await HtmlPage.LoadAsync(resident, Target(withdrawn)!);
        Assert.Contains("0 von 50", afterWithdraw.Document.GetElementById("unterstuetzung")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_proposal_past_the_threshold_says_that_the_threshold_is_reached_instead_of_counting_what_is_needed()
    {
        var budget = await Host.BudgetIdAsync();
        var counts = await Host.QueryAsync(db => db.Proposals.Where(p => p.ProcessId == budget)
            .Select(p => new { p.Id, Supports = db.ProposalSupports.Count(s => s.ProposalId == p.Id) }).ToListAsync());
        var above = counts.First(c => c.Supports > 20);
        var below = counts.First(c => c.Supports is > 0 and < 20);

        var reached = await GetPageAsync($"{BudgetProposals}/{above.Id}");
        var open = await GetPageAsync($"{BudgetProposals}/{below.Id}");
        var english = await GetEnglishAsync($"{BudgetProposals}/{above.Id}");

        Assert.Equal($"{above.Supports} Unterstützungen – die Schwelle von 20 ist erreicht", reached.Document.GetElementById("unterstuetzung")!.TextContent.Trim());
        Assert.Equal($"{below.Supports} von 20 nötigen Unterstützungen", open.Document.GetElementById("unterstuetzung")!.TextContent.Trim());
        Assert.Equal($"{above.Supports} supports – the threshold of 20 is reached", english.Document.GetElementById("unterstuetzung")!.TextContent.Trim());
    }

    [Fact]
    public async Task outside_the_collection_phase_the_form_says_so_instead_of_asking()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);

        var page = await HtmlPage.LoadAsync(resident, RegionProposals + "/neu");

        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Contains("solange Ideen gesammelt werden", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task staff_answer_on_the_proposal_page_a_rejection_without_reason_shows_the_error_summary_and_others_see_no_answer_form()
    {
        var id = await Host.QueryAsync(db => db.Proposals.Where(p => p.Status == "submitted").OrderBy(p => p.Title).Select(p => p.Id).FirstAsync());
        var url = $"{BudgetProposals}/{id}";
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        var form = await HtmlPage.LoadAsync(staff, url);
        Assert.Null((await HtmlPage.LoadAsync(rimpar, url)).Document.QuerySelector("main form"));
        Assert.Null((await GetPageAsync(url)).Document.QuerySelector("main form"));

        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["Answer.Status"] = "rejected", ["Answer.Text"] = "" }), url);
        Assert.Equal("feld-answer", Assert.Single(refused.ErrorSummaryLinks()).Target);
        Assert.Equal("submitted", await Host.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));

        var saved = await refused.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["Answer.Status"] = "rejected", ["Answer.Text"] = "Dafür ist kein Platz." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = await GetPageAsync(url);
        Assert.Contains("Dafür ist kein Platz.", shown.Document.GetElementById("antwort")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Abgelehnt", shown.Document.QuerySelector("main hgroup")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task staff_change_the_support_threshold_on_the_process_form_and_an_unreadable_one_shows_the_error_summary()
    {
        var id = await Host.BudgetIdAsync();
        var url = $"/verwaltung/mitmachen/{id}";
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, url);
        Assert.Equal("20", form.Document.QuerySelector("main input[name='Model.SupportThreshold']")!.GetAttribute("value"));

        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["Model.SupportThreshold"] = "viele" }), url);
        var link = Assert.Single(refused.ErrorSummaryLinks());
        Assert.NotNull(refused.Document.GetElementById(link.Target));
        Assert.Equal(20, await Host.QueryAsync(db => db.Processes.Where(p => p.Id == id).Select(p => p.SupportThreshold).SingleAsync()));

        var saved = await refused.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["Model.SupportThreshold"] = "30" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(30, await Host.QueryAsync(db => db.Processes.Where(p => p.Id == id).Select(p => p.SupportThreshold).SingleAsync()));
        Assert.Contains("Ab 30 Unterstützungen", (await GetPageAsync(BudgetProposals + "?sortierung=supported")).Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
