using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Tests.Organising;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Dates;

/// <summary>
/// „Termine“ of the organiser pages: the dates in a table with their actions, adding a date, moving one and the
/// confirmation page to cancel one — plain posts, as a browser without JavaScript sends them.
/// </summary>
public sealed class DatePagesTests(EventsHost host) : EventsTest(host)
{
    private const string List = "/veranstaltungen/organisieren";

    private static string DatesOf(Guid id) => $"{List}/{id}/termine";

    /// <summary>One h1, every visible field with its label, every form with its antiforgery token, every table with column headers.</summary>
    private static void AssertWellFormed(HtmlPage page)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        foreach (var field in page.Document.QuerySelectorAll("main input:not([type=hidden]), main select, main textarea"))
        {
            Assert.NotNull(page.Document.QuerySelector($"label[for='{field.Id}']"));
        }

        foreach (var form in page.Document.QuerySelectorAll("main form"))
        {
            Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        }

        foreach (var table in page.Document.QuerySelectorAll("main table"))
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.QuerySelector("th")!.GetAttribute("scope")));
        }
    }

    private async Task<(Guid Id, Guid Date)> EventAsync(int capacity = 1)
    {
        var date = await Host.PublishedDateAsync(capacity);
        return (await Host.EventOfAsync(date), date);
    }

    [Fact]
    public async Task the_edit_page_leads_to_the_dates_which_are_listed_with_their_people_and_actions()
    {
        var (id, date) = await EventAsync();
        await DateKit.RegisterAsync(Client, date, "sitz@beispiel.de");
        await DateKit.RegisterAsync(Client, date, "warte@beispiel.de");
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);

        var edit = await HtmlPage.LoadAsync(Client, $"{List}/{id}");
        var page = await HtmlPage.LoadAsync(Client, DatesOf(id));

        Assert.NotNull(edit.Document.QuerySelector($"main a[href='{DatesOf(id)}']"));
        AssertWellFormed(page);
        Assert.Equal("Termine", page.H1);
        var row = Assert.Single(page.Document.QuerySelectorAll("#termine tbody tr"));
        var cells = row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["11.12.2026 10:00", "11.12.2026 12:00", "geplant", "2"], cells.Take(4));
        Assert.NotNull(row.QuerySelector($"a[href='{DatesOf(id)}/{date}']"));
        Assert.Contains("(Termin am 11.12.2026 10:00)", row.QuerySelector($"a[href='{DatesOf(id)}/{date}/absagen']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#date-add"));
    }

    [Fact]
    public async Task the_add_form_adds_a_date_and_bad_times_show_the_error_summary_and_add_nothing()
    {
        var (id, _) = await EventAsync();
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var url = DatesOf(id);

        var refused = await HtmlPage.FromAsync(await (await HtmlPage.LoadAsync(Client, url)).SubmitAsync(Client, "#date-add", new Dictionary<string, string>
        {
            ["Model.Starts"] = "2027-01-15T19:00", ["Model.Ends"] = "2027-01-15T18:00",
        }), url);
        var unreadable = await HtmlPage.FromAsync(await (await HtmlPage.LoadAsync(Client, url)).SubmitAsync(Client, "#date-add", new Dictionary<string, string>
        {
            ["Model.Starts"] = "morgen", ["Model.Ends"] = "2027-01-15T18:00",
        }), url);
        var countBefore = await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EventId == id));
        var added = await (await HtmlPage.LoadAsync(Client, url)).SubmitAsync(Client, "#date-add", new Dictionary<string, string>
        {
            ["Model.Starts"] = "2027-01-15T19:00", ["Model.Ends"] = "2027-01-15T21:00",
        });

        AssertWellFormed(refused);
        Assert.StartsWith("Fehler", refused.Title, StringComparison.Ordinal);
        Assert.Equal(["feld-ends"], refused.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal("2027-01-15T18:00", refused.Document.GetElementById("feld-ends")!.GetAttribute("value"));
        Assert.Equal(["feld-starts"], unreadable.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal(1, countBefore);
        Assert.Equal(url + "?erledigt=hinzugefuegt", OrganiserPagesTests.PathOf(added));
        Assert.Equal(2, await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EventId == id)));
        var after = await HtmlPage.LoadAsync(Client, url + "?erledigt=hinzugefuegt");
        Assert.Contains("hinzugefügt", after.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, after.Document.QuerySelectorAll("#termine tbody tr").Length);
    }

    [Fact]
    public async Task the_move_form_shows_the_date_as_it_is_moves_it_and_a_stale_form_changes_nothing()
    {
        var (id, date) = await EventAsync();
        await DateKit.RegisterAsync(Client, date, "sitz@beispiel.de");
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var url = $"{DatesOf(id)}/{date}";
        var form = await HtmlPage.LoadAsync(Client, url);
        var staleForm = await HtmlPage.LoadAsync(Client, url);

        AssertWellFormed(form);
        Assert.Equal("Termin verschieben", form.H1);
        Assert.Equal("2026-12-11T10:00", form.Document.GetElementById("feld-starts")!.GetAttribute("value"));
        Assert.Contains("1 Anmeldungen und Einträge auf der Warteliste bekommen eine E-Mail", form.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var moved = await form.SubmitAsync(Client, "#date-move", new Dictionary<string, string> { ["Model.Starts"] = "2026-12-20T18:00", ["Model.Ends"] = "2026-12-20T20:00" });
        Assert.Equal(DatesOf(id) + "?erledigt=verschoben", OrganiserPagesTests.PathOf(moved));

        var stale = await HtmlPage.FromAsync(await staleForm.SubmitAsync(Client, "#date-move", new Dictionary<string, string>
        {
            ["Model.Starts"] = "2026-12-22T18:00", ["Model.Ends"] = "2026-12-22T20:00",
        }), url);

        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains("inzwischen geändert", stale.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var stored = await Host.DateAsync(date);
        Assert.Equal((1, new DateTimeOffset(2026, 12, 20, 17, 0, 0, TimeSpan.Zero)), (stored.Sequence, stored.StartsAt));
    }

    [Fact]
    public async Task the_cancel_page_says_how_many_are_told_and_after_confirming_the_event_page_shows_the_date_as_cancelled()
    {
        var (id, date) = await EventAsync();
        await DateKit.RegisterAsync(Client, date, "sitz@beispiel.de");
        await DateKit.RegisterAsync(Client, date, "warte@beispiel.de");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var url = $"{DatesOf(id)}/{date}/absagen";

        var confirm = await HtmlPage.LoadAsync(staff, url);

        AssertWellFormed(confirm);
        Assert.Equal("Termin absagen", confirm.H1);
        var text = confirm.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("Sie sagen den Termin am 11.12.2026 10:00 ab", text, StringComparison.Ordinal);
        Assert.Contains("2 Anmeldungen und Einträge auf der Warteliste bekommen eine E-Mail", text, StringComparison.Ordinal);
        Assert.False((await Host.DateAsync(date)).IsCancelled);

        var posted = await confirm.SubmitAsync(staff, "#date-cancel", new Dictionary<string, string>());

        Assert.Equal(DatesOf(id) + "?erledigt=abgesagt", OrganiserPagesTests.PathOf(posted));
        Assert.True((await Host.DateAsync(date)).IsCancelled);
        var list = await HtmlPage.LoadAsync(staff, DatesOf(id) + "?erledigt=abgesagt");
        var row = Assert.Single(list.Document.QuerySelectorAll("#termine tbody tr"));
        Assert.Contains("abgesagt", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(row.QuerySelectorAll("a"));
        var again = await HtmlPage.LoadAsync(staff, url);
        Assert.Null(again.Document.QuerySelector("#date-cancel"));
        Assert.Contains("Dieser Termin ist abgesagt", again.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var slug = await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync());
        var publicPage = await HtmlPage.LoadAsync(Client, $"/veranstaltungen/{slug}");
        Assert.Equal("abgesagt", publicPage.Document.QuerySelector(".sr-date-cancelled")!.TextContent.Trim());
        Assert.Null(publicPage.Document.QuerySelector($"[value='{date}']"));
    }

    [Fact]
    public async Task the_pages_speak_english_for_english_readers()
    {
        var (id, date) = await EventAsync();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var list = await HtmlPage.LoadAsync(staff, DatesOf(id));
        var cancel = await HtmlPage.LoadAsync(staff, $"{DatesOf(id)}/{date}/absagen");

        Assert.Equal("Dates", list.H1);
        Assert.Equal("Cancel a date", cancel.H1);
        Assert.Contains("0 registrations and waiting-list entries get an e-mail", cancel.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Redirect)]
    [InlineData(Personas.Resident, HttpStatusCode.Redirect)]
    public async Task the_date_pages_open_for_the_events_organisers_and_send_everyone_else_to_the_403_page(string persona, HttpStatusCode expected)
    {
        var (id, date) = await EventAsync();
        using var client = await Personas.SignedInClientAsync(Host, persona);

        foreach (var url in new[] { DatesOf(id), $"{DatesOf(id)}/{date}", $"{DatesOf(id)}/{date}/absagen" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(expected, response.StatusCode);
            if (expected == HttpStatusCode.Redirect)
            {
                Assert.Equal("/fehler/403", OrganiserPagesTests.PathOf(response));
            }
        }
    }

    [Fact]
    public async Task a_post_to_the_cancel_page_of_another_municipalitys_event_changes_nothing_and_an_unknown_date_is_not_found()
    {
        var (id, date) = await EventAsync();
        using var owner = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(owner, $"{DatesOf(id)}/{date}/absagen");
        await Personas.SignInAsync(Host, Client, Personas.StaffRimpar);
        var token = (await HtmlPage.LoadAsync(Client, $"{List}/neu")).Document.QuerySelector("#event-new input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var posted = await form.SubmitAsync(Client, "#date-cancel", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var unknown = await owner.GetAsync(new Uri($"{DatesOf(id)}/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal("/fehler/403", OrganiserPagesTests.PathOf(posted));
        Assert.False((await Host.DateAsync(date)).IsCancelled);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("/termine")]
    [InlineData("/termine/00000000-0000-0000-0000-000000000002")]
    [InlineData("/termine/00000000-0000-0000-0000-000000000002/absagen")]
    public async Task without_signing_in_the_date_pages_send_people_to_the_sign_in_form(string suffix)
    {
        using var response = await Client.GetAsync(new Uri($"{List}/00000000-0000-0000-0000-000000000001{suffix}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/anmelden", OrganiserPagesTests.PathOf(response), StringComparison.Ordinal);
    }
}
