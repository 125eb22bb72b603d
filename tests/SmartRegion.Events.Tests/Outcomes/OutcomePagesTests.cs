using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Tests.Organising;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Outcomes;

/// <summary>
/// The organisers' page „Ergebnisse und Protokoll“ (plain posts, as a browser without JavaScript sends them) and the
/// section of the public event page that shows what they wrote.
/// </summary>
public sealed class OutcomePagesTests(EventsHost host) : EventsTest(host)
{
    private static string PageOf(Guid id) => $"/veranstaltungen/organisieren/{id}/ergebnisse";

    private async Task<(Guid Id, string Slug)> EventAsync()
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        var item = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date)
            .Join(db.Events, d => d.EventId, e => e.Id, (d, e) => new { e.Id, e.Slug }).SingleAsync());
        return (item.Id, item.Slug);
    }

    [Fact]
    public async Task an_organiser_publishes_the_outcomes_and_the_public_page_shows_them_in_their_own_section()
    {
        var (id, slug) = await EventAsync();
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        using var visitor = Host.CreateBrowserClient();
        var cached = await HtmlPage.LoadAsync(visitor, $"/veranstaltungen/{slug}");
        Host.Clock.Advance(TimeSpan.FromDays(11));
        var edit = await HtmlPage.LoadAsync(Client, $"/veranstaltungen/organisieren/{id}");
        var form = await HtmlPage.LoadAsync(Client, PageOf(id));

        var posted = await form.SubmitAsync(Client, "#event-outcome", new Dictionary<string, string>
        {
            ["Model.Text"] = "Drei neue Bänke sind beschlossen.\r\n\r\nDas nächste Treffen ist im Frühjahr.",
            ["Model.DocumentUrl"] = "https://www.hoechberg.de/protokoll.pdf",
        });
        await Host.DispatchOutboxAsync();
        var saved = await HtmlPage.LoadAsync(Client, OrganiserPagesTests.PathOf(posted));
        var page = await HtmlPage.LoadAsync(visitor, $"/veranstaltungen/{slug}");

        Assert.NotNull(edit.Document.QuerySelector($"main a[href='{PageOf(id)}']"));
        Assert.Equal("Ergebnisse und Protokoll", form.H1);
        Assert.Null(cached.Document.GetElementById("ergebnisse"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(PageOf(id) + "?erledigt=gespeichert", OrganiserPagesTests.PathOf(posted));
        Assert.Contains("gespeichert", saved.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Drei neue Bänke sind beschlossen.\n\nDas nächste Treffen ist im Frühjahr.", saved.Document.GetElementById("feld-text")!.TextContent.Trim());
        var section = page.Document.QuerySelector("section[aria-labelledby=ergebnisse]");
        Assert.NotNull(section);
        Assert.Equal("Ergebnisse und Protokoll", section.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Veröffentlicht am 12.12.2026 10:00", section.TextContent, StringComparison.Ordinal);
        var paragraphs = section.QuerySelectorAll("p.sr-preserve-lines").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal(["Drei neue Bänke sind beschlossen.", "Das nächste Treffen ist im Frühjahr."], paragraphs);
        Assert.Equal("https://www.hoechberg.de/protokoll.pdf", section.QuerySelector("a")!.GetAttribute("href"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task an_empty_text_and_a_link_without_https_show_the_error_summary_and_store_nothing()
    {
        var (id, _) = await EventAsync();
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        Host.Clock.Advance(TimeSpan.FromDays(11));
        var form = await HtmlPage.LoadAsync(Client, PageOf(id));

        var page = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "#event-outcome", new Dictionary<string, string>
        {
            ["Model.Text"] = "",
            ["Model.DocumentUrl"] = "ftp://protokoll",
        }), PageOf(id));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Fehler", page.Title, StringComparison.Ordinal);
        Assert.Equal(["feld-text", "feld-document-url"], page.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal("ftp://protokoll", page.Document.GetElementById("feld-document-url")!.GetAttribute("value"));
        Assert.Null(await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.OutcomeText).SingleAsync()));
    }

    [Fact]
    public async Task before_the_first_date_has_ended_the_page_says_when_and_offers_no_form()
    {
        var (id, slug) = await EventAsync();
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);

        var page = await HtmlPage.LoadAsync(Client, PageOf(id));
        var form = page.Document.QuerySelector("#event-outcome");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(form);
        Assert.Contains("sobald der erste Termin vorbei ist: ab 11.12.2026 12:00", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await HtmlPage.LoadAsync(Client, $"/veranstaltungen/{slug}")).Document.GetElementById("ergebnisse"));
    }

    [Theory]
    [InlineData(Personas.StaffRimpar)]
    [InlineData(Personas.Resident)]
    public async Task people_who_do_not_organise_the_event_are_sent_to_the_403_page(string persona)
    {
        var (id, _) = await EventAsync();
        using var client = await Personas.SignedInClientAsync(Host, persona);
        Host.Clock.Advance(TimeSpan.FromDays(11));

        using var response = await client.GetAsync(new Uri(PageOf(id), UriKind.Relative));

        Assert.Equal("/fehler/403", OrganiserPagesTests.PathOf(response));
    }

    [Fact]
    public async Task anonymous_visitors_are_asked_to_sign_in()
    {
        var (id, _) = await EventAsync();

        using var response = await Client.GetAsync(new Uri(PageOf(id), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("anmelden", OrganiserPagesTests.PathOf(response), StringComparison.OrdinalIgnoreCase);
    }
}
