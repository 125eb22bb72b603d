using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Organising;

/// <summary>
/// „Veranstaltungen organisieren“: the list, the new and the edit form (plain posts, as a browser without JavaScript
/// sends them), publishing and cancelling — only for the event's municipality's staff and its organisation's members.
/// </summary>
public sealed class OrganiserPagesTests(EventsHost host) : EventsTest(host)
{
    private const string List = "/veranstaltungen/organisieren";
    private const string New = List + "/neu";

    internal static string PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : redirect.Headers.Location?.OriginalString ?? "";

    private async Task<Dictionary<string, string>> ValidFormAsync() => new()
    {
        ["Model.MunicipalityAgs"] = Personas.Hoechberg,
        ["Model.Title"] = "Repair-Café",
        ["Model.Description"] = "Wir reparieren gemeinsam.",
        ["Model.Mode"] = "in-person",
        ["Model.PlaceId"] = (await Host.PlaceAsync(Personas.Hoechberg)).ToString(),
        ["Model.Starts"] = "2027-03-02T18:00",
        ["Model.DurationMinutes"] = "120",
        ["Model.Rule"] = "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
        ["Model.Exceptions"] = "2027-03-09",
        ["Model.Cost"] = "2,50",
        ["Model.Capacity"] = "12",
    };

    private async Task<Guid> DraftAsync(HttpClient staff)
    {
        var created = await staff.PostAsJsonAsync("/api/events/events", new
        {
            municipalityAgs = Personas.Hoechberg, title = "Lesung", description = "Eine Lesung.", mode = "in-person",
            placeId = await Host.PlaceAsync(Personas.Hoechberg), starts = "2027-02-10T19:00", durationMinutes = 90, capacity = 20,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task the_list_shows_only_what_the_person_organises_and_tells_others_plainly_why_it_is_empty()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        Host.Clock.Advance(TimeSpan.FromHours(1));
        var draft = await DraftAsync(staff);

        var page = await HtmlPage.LoadAsync(staff, List);
        var nothing = await HtmlPage.LoadAsync(resident, List);
        using var newForm = await resident.GetAsync(new Uri(New, UriKind.Relative));

        Assert.Equal("Veranstaltungen organisieren", page.H1);
        var rows = page.Document.QuerySelectorAll("main table tbody tr");
        Assert.Equal(await Host.QueryAsync(db => db.Events.CountAsync(e => e.MunicipalityAgs == DemoEventsSeeder.Hoechberg)), rows.Length);
        Assert.Equal($"{List}/{draft}", rows[0].QuerySelector("th[scope=row] a")!.GetAttribute("href"));
        Assert.Contains("Entwurf", rows[0].TextContent, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains("Höchberg", r.TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector("main table caption"));
        Assert.NotNull(page.Document.QuerySelector($"main a[href='{New}']"));
        Assert.Equal(HttpStatusCode.OK, nothing.Status);
        Assert.Null(nothing.Document.QuerySelector("main table"));
        Assert.Contains("keine Veranstaltungen organisieren", nothing.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/fehler/403", PathOf(newForm));
    }

    [Fact]
    public async Task the_new_form_posted_without_javascript_creates_a_draft_series()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(Client, New);

        var posted = await form.SubmitAsync(Client, "#event-new", await ValidFormAsync());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = await Host.QueryAsync(db => db.Events.SingleAsync(e => e.Title == "Repair-Café"));
        Assert.Equal($"{List}/{stored.Id}?erledigt=angelegt", PathOf(posted));
        Assert.Equal(EventStatus.Draft, stored.Status);
        Assert.Equal(2.50m, stored.Cost);
        Assert.Equal(12, stored.Capacity);
        Assert.Equal(2, await Host.QueryAsync(db => db.Dates.CountAsync(d => d.EventId == stored.Id)));
        var edit = await HtmlPage.LoadAsync(Client, PathOf(posted));
        Assert.Contains("als Entwurf gespeichert", edit.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_invalid_form_shows_the_error_summary_linked_to_its_fields_and_creates_nothing()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var before = await Host.QueryAsync(db => db.Events.CountAsync());
        var values = await ValidFormAsync();
        (values["Model.Title"], values["Model.Cost"], values["Model.Starts"]) = ("", "zwei Euro", "");
        var form = await HtmlPage.LoadAsync(Client, New);

        var page = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "#event-new", values), New);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Fehler", page.Title, StringComparison.Ordinal);
        Assert.Equal(["feld-title", "feld-starts", "feld-cost"], page.ErrorSummaryLinks().Select(l => l.Target));
        Assert.All(page.ErrorSummaryLinks(), l => Assert.NotNull(page.Document.GetElementById(l.Target)));
        Assert.Equal("zwei Euro", page.Document.GetElementById("feld-cost")!.GetAttribute("value"));
        Assert.Equal(before, await Host.QueryAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task on_the_edit_page_an_organiser_saves_publishes_and_cancels_only_with_a_reason()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await DraftAsync(Client);
        var url = $"{List}/{id}";

        var saved = await (await HtmlPage.LoadAsync(Client, url)).SubmitAsync(Client, "#event-edit", new Dictionary<string, string> { ["Model.Title"] = "Lesung im Bürgersaal" });
        var published = await (await HtmlPage.LoadAsync(Client, url)).SubmitAsync(Client, "#event-publish", new Dictionary<string, string>());
        var refused = await HtmlPage.FromAsync(await (await HtmlPage.LoadAsync(Client, url)).SubmitAsync(Client, "#event-cancel", new Dictionary<string, string>()), url);
        var stillPublished = await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync());
        var cancelled = await (await HtmlPage.LoadAsync(Client, url)).SubmitAsync(Client, "#event-cancel", new Dictionary<string, string>
        {
            ["CancelModel.Reason"] = "Die Autorin ist krank.", ["CancelModel.Confirm"] = "true",
        });

        Assert.Equal(url + "?erledigt=gespeichert", PathOf(saved));
        Assert.Equal(url + "?erledigt=veroeffentlicht", PathOf(published));
        Assert.Equal(["feld-reason", "feld-confirm-cancel"], refused.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal(EventStatus.Published, stillPublished);
        Assert.Equal(url + "?erledigt=abgesagt", PathOf(cancelled));
        var stored = await Host.QueryAsync(db => db.Events.SingleAsync(e => e.Id == id));
        Assert.Equal(("Lesung im Bürgersaal", EventStatus.Cancelled, "Die Autorin ist krank."), (stored.Title, stored.Status, stored.CancelReason));
        var after = await HtmlPage.LoadAsync(Client, url + "?erledigt=abgesagt");
        Assert.Null(after.Document.QuerySelector("#event-cancel"));
        Assert.Null(after.Document.QuerySelector("#event-publish"));
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Redirect)]
    [InlineData(Personas.AdminRimpar, HttpStatusCode.Redirect)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Redirect)]
    [InlineData(Personas.Resident, HttpStatusCode.Redirect)]
    public async Task the_edit_and_registrations_pages_open_for_the_events_organisers_and_send_everyone_else_to_the_403_page(string persona, HttpStatusCode expected)
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        var id = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());
        using var client = await Personas.SignedInClientAsync(Host, persona);

        foreach (var url in new[] { $"{List}/{id}", $"{List}/{id}/anmeldungen" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(expected, response.StatusCode);
            if (expected == HttpStatusCode.Redirect)
            {
                Assert.Equal("/fehler/403", PathOf(response));
            }
        }
    }

    [Fact]
    public async Task a_post_to_the_edit_form_of_another_municipalitys_event_changes_nothing()
    {
        using var owner = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var id = await DraftAsync(owner);
        var form = await HtmlPage.LoadAsync(owner, $"{List}/{id}");
        await Personas.SignInAsync(Host, Client, Personas.StaffRimpar);
        // The Rimpar staff member's own token, the Höchberg form's fields.
        var token = (await HtmlPage.LoadAsync(Client, New)).Document.QuerySelector("#event-new input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var posted = await form.SubmitAsync(Client, "#event-publish", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal("/fehler/403", PathOf(posted));
        Assert.Equal(EventStatus.Draft, await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task an_event_titled_like_an_organiser_page_gets_an_address_of_its_own()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var created = await staff.PostAsJsonAsync("/api/events/events", new
        {
            municipalityAgs = Personas.Hoechberg, title = "Organisieren", description = "Wie man ein Fest organisiert.", mode = "in-person",
            placeId = await Host.PlaceAsync(Personas.Hoechberg), starts = "2027-02-10T19:00", durationMinutes = 90,
        });

        Assert.Equal("organisieren-2", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData(List)]
    [InlineData(New)]
    [InlineData(List + "/00000000-0000-0000-0000-000000000001")]
    [InlineData(List + "/00000000-0000-0000-0000-000000000001/anmeldungen")]
    public async Task without_signing_in_the_pages_send_people_to_the_sign_in_form(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/anmelden", PathOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_account_page_links_to_the_list_and_the_calendar_does_for_organisers_only()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);

        var account = await HtmlPage.LoadAsync(staff, "/konto");
        var calendar = await HtmlPage.LoadAsync(staff, "/veranstaltungen");
        var residentsCalendar = await HtmlPage.LoadAsync(resident, "/veranstaltungen");

        Assert.Equal("Veranstaltungen organisieren", account.Document.QuerySelector($"main a[href='{List}']")?.TextContent.Trim());
        Assert.NotNull(calendar.Document.QuerySelector($"main a[href='{List}']"));
        Assert.Null(residentsCalendar.Document.QuerySelector($"main a[href='{List}']"));
    }
}
