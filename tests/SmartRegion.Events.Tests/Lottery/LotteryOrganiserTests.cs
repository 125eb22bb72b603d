using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Tests.Organising;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Lottery;

/// <summary>The organisers choose the lottery on the page „Platzvergabe“ (or the API), draw early, and the public page says how seats are given.</summary>
public sealed class LotteryOrganiserTests(EventsHost host) : EventsTest(host)
{
    private static string PageOf(Guid id) => $"/veranstaltungen/organisieren/{id}/vergabe";

    private async Task<(Guid Date, Guid Id, string Slug)> EventAsync()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var item = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Join(db.Events, d => d.EventId, e => e.Id, (d, e) => new { e.Id, e.Slug }).SingleAsync());
        return (date, item.Id, item.Slug);
    }

    [Fact]
    public async Task an_organiser_chooses_the_lottery_on_the_page_the_public_page_explains_it_and_the_draw_button_draws()
    {
        var (date, id, slug) = await EventAsync();
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        using var visitor = Host.CreateBrowserClient();
        var before = await HtmlPage.LoadAsync(visitor, $"/veranstaltungen/{slug}");
        var edit = await HtmlPage.LoadAsync(Client, $"/veranstaltungen/organisieren/{id}");
        var form = await HtmlPage.LoadAsync(Client, PageOf(id));

        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "#event-allocation", new Dictionary<string, string>
        {
            ["Model.Mode"] = "lottery",
            ["Model.DrawAt"] = "2026-11-30T12:00",
        }), PageOf(id));
        var posted = await form.SubmitAsync(Client, "#event-allocation", new Dictionary<string, string>
        {
            ["Model.Mode"] = "lottery",
            ["Model.DrawAt"] = "2026-12-05T12:00",
        });
        var saved = await HtmlPage.LoadAsync(Client, OrganiserPagesTests.PathOf(posted));
        await visitor.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Erika", email = "erika@beispiel.de", consent = true });
        var page = await HtmlPage.LoadAsync(visitor, $"/veranstaltungen/{slug}");
        var beforeDraw = await HtmlPage.LoadAsync(Client, PageOf(id));
        var drawn = await beforeDraw.SubmitAsync(Client, "#event-draw", new Dictionary<string, string>());
        var list = await HtmlPage.LoadAsync(Client, $"/veranstaltungen/organisieren/{id}/anmeldungen");

        Assert.Contains("Wer sich zuerst anmeldet", before.Document.GetElementById("platzvergabe-abschnitt")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(edit.Document.QuerySelector($"main a[href='{PageOf(id)}']"));
        Assert.Equal("Platzvergabe", form.H1);
        var fieldset = form.Document.QuerySelector("#event-allocation fieldset")!;
        Assert.Equal("Wie werden die Plätze vergeben?", fieldset.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(2, fieldset.QuerySelectorAll("input[type=radio]").Length);
        Assert.All(fieldset.QuerySelectorAll("input[type=radio]"), r => Assert.NotNull(form.Document.QuerySelector($"label[for='{r.Id}']")));
        Assert.Equal(["feld-draw-at"], refused.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("gespeichert", saved.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(saved.Document.QuerySelector("#feld-mode-lottery[checked]"));
        var section = page.Document.GetElementById("platzvergabe-abschnitt")!.TextContent;
        Assert.Contains("Die Plätze werden verlost", section, StringComparison.Ordinal);
        Assert.Contains("Die Verlosung ist am 05.12.2026 12:00", section, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);
        Assert.Equal(PageOf(id) + "?erledigt=gelost", OrganiserPagesTests.PathOf(drawn));
        Assert.Equal(RegistrationStatus.Confirmed, await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).Select(r => r.Status).SingleAsync()));
        Assert.Equal(["1"], list.Document.QuerySelectorAll("td.sr-draw-position").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task bad_choices_are_refused_clearly_and_the_way_stays_once_someone_has_registered()
    {
        var (date, id, _) = await EventAsync();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var unknown = await staff.PutAsJsonAsync($"/api/events/events/{id}/allocation", new { mode = "wuerfeln" });
        var badTime = await staff.PutAsJsonAsync($"/api/events/events/{id}/allocation", new { mode = "lottery", drawAt = "morgen" });
        var notLottery = await staff.PostAsync(new Uri($"/api/events/events/{id}/draw", UriKind.Relative), null);
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Max", email = "max@beispiel.de", consent = true });
        var afterRegistration = await staff.PutAsJsonAsync($"/api/events/events/{id}/allocation", new { mode = "lottery" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Mode", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        Assert.True((await badTime.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("DrawAt", out _));
        Assert.Equal(HttpStatusCode.Conflict, notLottery.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterRegistration.StatusCode);
        Assert.Equal(Allocations.FirstCome, await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Allocation).SingleAsync()));
    }

    [Theory]
    [InlineData(Personas.StaffRimpar)]
    [InlineData(Personas.Resident)]
    public async Task people_who_do_not_organise_the_event_get_403_and_an_unknown_event_404(string persona)
    {
        var (_, id, _) = await EventAsync();
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var choose = await client.PutAsJsonAsync($"/api/events/events/{id}/allocation", new { mode = "lottery" });
        var draw = await client.PostAsync(new Uri($"/api/events/events/{id}/draw", UriKind.Relative), null);
        var unknown = await client.PostAsync(new Uri($"/api/events/events/{Guid.NewGuid()}/draw", UriKind.Relative), null);
        var page = await client.GetAsync(new Uri(PageOf(id), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, choose.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, draw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("/fehler/403", OrganiserPagesTests.PathOf(page));
        Assert.Equal(Allocations.FirstCome, await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Allocation).SingleAsync()));
    }

    [Fact]
    public async Task a_member_of_another_organisation_gets_403_on_the_allocation_and_the_draw()
    {
        var (_, id, _) = await EventAsync();
        using var other = Host.CreateBrowserClient();
        await People.CreateAsync(Host, "vorstand@beispiel.de");
        await People.SignInSucceedsAsync(other, "vorstand@beispiel.de");
        var founded = await other.PostAsJsonAsync("/api/hub/organizations", new { name = "Anderer Verein", kind = "club", municipalityAgs = Personas.Hoechberg });
        Assert.Equal(HttpStatusCode.Created, founded.StatusCode);

        var choose = await other.PutAsJsonAsync($"/api/events/events/{id}/allocation", new { mode = "lottery" });
        var draw = await other.PostAsync(new Uri($"/api/events/events/{id}/draw", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, choose.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, draw.StatusCode);
    }
}
