using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Pages;

public sealed class ProcessPagesTests(ParticipationHost host) : ParticipationTest(host)
{
    [Fact]
    public async Task the_list_shows_the_demo_processes_marked_as_demo_and_filters_by_status()
    {
        var page = await GetPageAsync("/mitmachen");
        var finished = await GetPageAsync("/mitmachen?status=finished");
        var hoechberg = await GetPageAsync($"/mitmachen?gemeinde={Personas.Hoechberg}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("de", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Mach mit", page.H1);
        var links = page.Document.QuerySelectorAll("main li h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/mitmachen/{DemoProcessesSeeder.BudgetSlug}", links);
        Assert.Contains($"/mitmachen/{DemoProcessesSeeder.RegionSlug}", links);
        Assert.Contains("Demo-Inhalt.", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(finished.Document.QuerySelectorAll("main li h3 a"));
        Assert.Single(hoechberg.Document.QuerySelectorAll("main li h3 a"));
    }

    [Fact]
    public async Task in_english_the_frame_is_english_and_the_german_titles_carry_lang_de()
    {
        var list = await GetEnglishAsync("/mitmachen");
        var detail = await GetEnglishAsync($"/mitmachen/{DemoProcessesSeeder.BudgetSlug}");

        Assert.Equal("en", list.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Take part", list.H1);
        Assert.All(list.Document.QuerySelectorAll("main li h3 a"), a => Assert.Equal("de", a.GetAttribute("lang")));
        Assert.Equal("de", detail.Document.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Contains("Vote now", detail.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_detail_page_shows_the_phases_with_the_current_one_and_the_projects()
    {
        var page = await GetPageAsync($"/mitmachen/{DemoProcessesSeeder.BudgetSlug}");
        var missing = await Client.GetAsync(new Uri("/mitmachen/gibt-es-nicht", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var current = page.Document.QuerySelector("main tr[aria-current=step] th")!.TextContent;
        Assert.StartsWith("Abstimmung", current, StringComparison.Ordinal);
        Assert.Equal(5, page.Document.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal(12, page.Document.QuerySelectorAll("#projekte ~ ul li").Length);
        Assert.NotNull(page.Document.QuerySelector($"main a[href='/mitmachen/{DemoProcessesSeeder.BudgetSlug}/abstimmen']"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task the_new_process_form_with_bad_input_shows_the_error_summary_linked_to_the_fields_and_stores_nothing()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, "/verwaltung/mitmachen/neu");

        var posted = await form.SubmitAsync(staff, "main form", new Dictionary<string, string>
        {
            ["Model.Title"] = "",
            ["Model.Budget"] = "viel Geld",
            ["Model.Phases[3].Starts"] = "2027-02-10",
            ["Model.Phases[3].Ends"] = "2027-02-01",
        });
        var page = await HtmlPage.FromAsync(posted, "/verwaltung/mitmachen/neu");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var targets = page.ErrorSummaryLinks().Select(l => l.Target).ToList();
        Assert.Contains("feld-budget", targets);
        Assert.Contains("feld-title", targets);
        Assert.Contains("feld-phase-vote", targets);
        Assert.All(targets, t => Assert.NotNull(page.Document.GetElementById(t)));
        Assert.Equal(2, await Host.QueryAsync(db => db.Processes.CountAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("wahl")]
    public async Task a_post_with_a_phase_the_form_does_not_know_shows_the_form_again_and_stores_nothing(string kind)
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, "/verwaltung/mitmachen/neu");

        // A tampered post: a phase without a known kind, a row out of order.
        var posted = await form.SubmitAsync(staff, "main form", new Dictionary<string, string>
        {
            ["Model.Title"] = "",
            ["Model.Phases[0].Kind"] = kind,
            ["Model.Phases[7].Kind"] = "vote",
        });
        var page = await HtmlPage.FromAsync(posted, "/verwaltung/mitmachen/neu");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("feld-title", page.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal(PhaseKinds.All.Count, page.Document.QuerySelectorAll("main input[type=hidden][name$='.Kind']").Length);
        Assert.Equal(2, await Host.QueryAsync(db => db.Processes.CountAsync()));
    }

    [Fact]
    public async Task in_english_the_form_s_errors_are_english()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var form = await HtmlPage.LoadAsync(staff, "/verwaltung/mitmachen/neu");

        var posted = await FormPosts.PostAsync(staff, form, "main form", ("Model.Title", ""), ("Model.MunicipalityAgs", Personas.Hoechberg));
        var page = await HtmlPage.FromAsync(posted, "/verwaltung/mitmachen/neu");

        Assert.Equal("en", form.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Enter a title.", page.ErrorSummaryLinks().Select(l => l.Text));
    }

    [Fact]
    public async Task a_process_made_through_the_form_lands_on_its_edit_page_where_projects_are_added()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, "/verwaltung/mitmachen/neu");

        var posted = await form.SubmitAsync(staff, "main form", new Dictionary<string, string>
        {
            ["Model.Title"] = "Dorfplatz gestalten",
            ["Model.Budget"] = "20.000",
            ["Model.Phases[0].Starts"] = "2027-01-01",
            ["Model.Phases[0].Ends"] = "2027-01-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var edit = await HtmlPage.LoadAsync(staff, Target(posted)!);
        var added = await edit.SubmitAsync(staff, "form:has(input[name='Project.Title'])", new Dictionary<string, string>
        {
            ["Project.Title"] = "Sonnensegel",
            ["Project.Cost"] = "3.500",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var process = await Host.QueryAsync(db => db.Processes.SingleAsync(p => p.Slug == "dorfplatz-gestalten"));
        Assert.Equal(20_000m, process.Budget);
        Assert.Equal(3_500m, await Host.QueryAsync(db => db.Projects.Where(p => p.ProcessId == process.Id).Select(p => p.Cost).SingleAsync()));
    }

    [Fact]
    public async Task a_form_post_without_antiforgery_token_is_refused_and_stores_nothing()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        using var request = SessionWriteToken.WithoutToken(new HttpRequestMessage(HttpMethod.Post, "/verwaltung/mitmachen/neu"));
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "new-process",
            ["Model.MunicipalityAgs"] = Personas.Hoechberg,
            ["Model.Title"] = "Ohne Token",
            ["Model.Phases[0].Kind"] = "information",
            ["Model.Phases[0].Starts"] = "2027-01-01",
            ["Model.Phases[0].Ends"] = "2027-01-31",
        });
        var response = await staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(2, await Host.QueryAsync(db => db.Processes.CountAsync()));
    }

    [Theory]
    [InlineData(Personas.Resident, "/verwaltung/mitmachen")]
    [InlineData(Personas.Resident, "/verwaltung/mitmachen/neu")]
    [InlineData(Personas.StaffRimpar, "edit")]
    [InlineData(Personas.StaffRimpar, "booth")]
    public async Task people_without_the_role_for_the_municipality_are_refused_the_staff_pages(string persona, string url)
    {
        var id = await Host.BudgetIdAsync();
        using var client = await Personas.SignedInClientAsync(Host, persona);
        var path = url switch { "edit" => $"/verwaltung/mitmachen/{id}", "booth" => $"/verwaltung/mitmachen/{id}/urne", _ => url };

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/fehler/403", Target(response));
    }

    [Fact]
    public async Task the_account_page_links_the_staff_pages_for_staff_only()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var residentLinks = (await HtmlPage.LoadAsync(resident, "/konto")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        var staffLinks = (await HtmlPage.LoadAsync(staff, "/konto")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/mitmachen/nachweis", residentLinks);
        Assert.DoesNotContain("/verwaltung/mitmachen", residentLinks);
        Assert.Contains("/verwaltung/mitmachen", staffLinks);
        Assert.Contains("/verwaltung/mitmachen/briefe", staffLinks);
    }
}
