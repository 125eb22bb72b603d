using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.CheckIn;

/// <summary>
/// The door on a phone: the organisers' check-in list with a plain button per person, the QR code on the registrant's
/// page and the page it opens, which shows the person and checks them in only when the organiser confirms.
/// </summary>
public sealed class CheckInPagesTests(EventsHost host) : EventsTest(host)
{
    private const string List = "/veranstaltungen/organisieren";

    /// <summary>The check-in address the registrant's page shows as QR code and as link, as a path of this site.</summary>
    private async Task<(HtmlPage Page, string Path)> CheckInAddressAsync(string token)
    {
        var manage = await GetPageAsync($"/veranstaltungen/anmeldung/{token}");
        var href = manage.Document.QuerySelector("#einlass-link")?.GetAttribute("href") ?? throw new InvalidOperationException("No check-in link.");
        return (manage, new Uri(href).PathAndQuery);
    }

    [Fact]
    public async Task the_door_list_shows_the_confirmed_registrants_and_a_plain_button_checks_one_in()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        await DoorKit.RegisterAsync(Client, date, "max@beispiel.de", name: "Max Mustermann", needs: []);
        await DoorKit.RegisterAsync(Client, date, "wilma@beispiel.de", name: "Wilma Warte");
        var id = await DoorKit.EventOfAsync(Host, date);
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var url = $"{List}/{id}/einlass";

        var page = await GetPageAsync(url);
        var posted = await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.RegistrationId"] = erika.Id.ToString() });
        var after = await GetPageAsync(DoorKit.PathOf(posted));

        Assert.Equal("Einlass", page.H1);
        var rows = page.Document.QuerySelectorAll("main table tbody tr");
        Assert.Equal(["Erika Muster", "Max Mustermann"], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent.Trim()));
        Assert.Contains("Stufenloser Zugang", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("main table button[type=submit]").Length);
        Assert.Contains("0 von 2 Anmeldungen eingecheckt", page.Document.QuerySelector("#einlass-stand")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith($"{url}?termin={date}&eingecheckt={erika.Id}", DoorKit.PathOf(posted), StringComparison.Ordinal);
        Assert.NotNull(await DoorKit.CheckedInAtAsync(Host, erika.Id));
        Assert.Contains("Erika Muster ist eingecheckt", after.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 von 2 Anmeldungen eingecheckt", after.Document.QuerySelector("#einlass-stand")!.TextContent, StringComparison.Ordinal);
        Assert.Single(after.Document.QuerySelectorAll("main table button[type=submit]"));
    }

    [Fact]
    public async Task a_button_posted_twice_says_the_person_is_already_checked_in_and_changes_nothing()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var url = $"{List}/{await DoorKit.EventOfAsync(Host, date)}/einlass";
        var page = await GetPageAsync(url);
        await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.RegistrationId"] = erika.Id.ToString() });
        var first = await DoorKit.CheckedInAtAsync(Host, erika.Id);
        Host.Clock.Advance(TimeSpan.FromMinutes(3));

        var again = await HtmlPage.FromAsync(await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.RegistrationId"] = erika.Id.ToString() }), url);

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("schon eingecheckt", again.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(first, await DoorKit.CheckedInAtAsync(Host, erika.Id));
    }

    [Fact]
    public async Task the_qr_code_leads_to_a_page_that_shows_the_person_and_checks_in_only_when_the_organiser_confirms()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de", seats: 2);
        var (manage, path) = await CheckInAddressAsync(erika.Token);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var scanned = await HtmlPage.LoadAsync(staff, path);
        var notYet = await DoorKit.CheckedInAtAsync(Host, erika.Id);
        var confirmed = await scanned.SubmitAsync(staff, "main form", new Dictionary<string, string>());
        var done = await HtmlPage.LoadAsync(staff, DoorKit.PathOf(confirmed));
        var twice = await HtmlPage.FromAsync(await scanned.SubmitAsync(staff, "main form", new Dictionary<string, string>()), path);

        Assert.StartsWith("data:image/svg+xml;base64,", manage.Document.QuerySelector("#einlass-qr")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(manage.Document.QuerySelector("#einlass-qr")!.GetAttribute("alt")));
        Assert.StartsWith($"{List}/einlass/", path, StringComparison.Ordinal);
        Assert.DoesNotContain(erika.Token, path, StringComparison.Ordinal);
        Assert.Equal("Erika Muster", scanned.Document.QuerySelector("#einlass-name")!.TextContent.Trim());
        Assert.Contains("Stufenloser Zugang", scanned.Document.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Null(notYet);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.NotNull(await DoorKit.CheckedInAtAsync(Host, erika.Id));
        Assert.Contains("ist eingecheckt", done.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.Document.QuerySelector("main form button"));
        Assert.Contains("schon eingecheckt", twice.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await AuditTrail.ReadAsync(Host, "registrations.read"), l => l.RecordId == erika.Id.ToString());
        // Checked in, the person's page no longer shows the code.
        Assert.Null((await GetPageAsync($"/veranstaltungen/anmeldung/{erika.Token}")).Document.QuerySelector("#einlass-qr"));
    }

    [Theory]
    [InlineData("gefaelscht")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("manage-token")]
    public async Task a_forged_code_shows_a_clear_message_and_no_button(string code)
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        // The registration's own link token is a different key: it does not open the door.
        var path = $"{List}/einlass/{(code == "manage-token" ? erika.Token : code)}";

        var page = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("QR-Code ist ungültig", page.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Null(await DoorKit.CheckedInAtAsync(Host, erika.Id));
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Redirect)]
    [InlineData(Personas.Resident, HttpStatusCode.Redirect)]
    public async Task the_door_pages_open_for_the_events_organisers_and_send_everyone_else_to_the_403_page(string persona, HttpStatusCode expected)
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        var (_, path) = await CheckInAddressAsync(erika.Token);
        using var client = await Personas.SignedInClientAsync(Host, persona);

        foreach (var url in new[] { $"{List}/{await DoorKit.EventOfAsync(Host, date)}/einlass", path })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(expected, response.StatusCode);
            if (expected == HttpStatusCode.Redirect)
            {
                Assert.Equal("/fehler/403", DoorKit.PathOf(response));
            }
        }
    }

    [Fact]
    public async Task a_club_member_opens_the_door_pages_of_the_clubs_event_and_a_member_of_another_club_is_refused()
    {
        var (member, club) = await DoorKit.ClubAsync(Host, "vorstand@beispiel.de", "Sportverein Höchberg");
        var (other, _) = await DoorKit.ClubAsync(Host, "chor@beispiel.de", "Gesangverein Höchberg");
        using var _1 = member;
        using var _2 = other;
        var date = await DoorKit.ClubDateAsync(Host, club);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        var (_, path) = await CheckInAddressAsync(erika.Token);
        var list = $"{List}/{await DoorKit.EventOfAsync(Host, date)}/einlass";

        using var otherList = await other.GetAsync(new Uri(list, UriKind.Relative));
        using var otherScan = await other.GetAsync(new Uri(path, UriKind.Relative));
        var scanned = await HtmlPage.LoadAsync(member, path);
        var posted = await scanned.SubmitAsync(member, "main form", new Dictionary<string, string>());

        Assert.Equal("/fehler/403", DoorKit.PathOf(otherList));
        Assert.Equal("/fehler/403", DoorKit.PathOf(otherScan));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.NotNull(await DoorKit.CheckedInAtAsync(Host, erika.Id));
    }

    [Fact]
    public async Task a_post_from_someone_who_does_not_organise_the_event_changes_nothing()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        var (_, path) = await CheckInAddressAsync(erika.Token);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var scanned = await HtmlPage.LoadAsync(staff, path);
        await Personas.SignInAsync(Host, Client, Personas.StaffRimpar);
        var token = (await GetPageAsync("/veranstaltungen/organisieren/neu")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var posted = await scanned.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal("/fehler/403", DoorKit.PathOf(posted));
        Assert.Null(await DoorKit.CheckedInAtAsync(Host, erika.Id));
    }

    [Theory]
    [InlineData("/veranstaltungen/organisieren/00000000-0000-0000-0000-000000000001/einlass")]
    [InlineData("/veranstaltungen/organisieren/einlass/gefaelscht")]
    public async Task without_signing_in_the_door_pages_send_people_to_the_sign_in_form(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/anmelden", DoorKit.PathOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_organiser_pages_link_to_the_door_list()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var id = await DoorKit.EventOfAsync(Host, date);
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var href = $"{List}/{id}/einlass";

        var list = await GetPageAsync(List);
        var registrations = await GetPageAsync($"{List}/{id}/anmeldungen");
        var edit = await GetPageAsync($"{List}/{id}");

        Assert.NotNull(list.Document.QuerySelector($"main a[href='{href}']"));
        Assert.NotNull(registrations.Document.QuerySelector($"main a[href='{href}']"));
        Assert.NotNull(edit.Document.QuerySelector($"main a[href='{href}']"));
    }

    [Fact]
    public async Task a_series_shows_the_next_date_first_links_the_others_and_an_address_with_a_bad_date_is_no_server_error()
    {
        var first = await Host.PublishedDateAsync(capacity: 2);
        var id = await DoorKit.EventOfAsync(Host, first);
        var second = await Host.QueryAsync(async db =>
        {
            var date = Calendar.EventDate.Create(id, Host.Clock.GetUtcNow().AddDays(17), Host.Clock.GetUtcNow().AddDays(17).AddHours(2));
            db.Dates.Add(date);
            await db.SaveChangesAsync();
            return date.Id;
        });
        await DoorKit.RegisterAsync(Client, first, "erika@beispiel.de");
        await DoorKit.RegisterAsync(Client, second, "max@beispiel.de", name: "Max Mustermann");
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var url = $"{List}/{id}/einlass";

        var next = await GetPageAsync(url);
        var other = await GetPageAsync($"{url}?termin={second}");
        var garbled = await GetPageAsync($"{url}?termin=kein-termin");
        using var unknown = await Client.GetAsync(new Uri($"{url}?termin={Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(["Erika Muster"], next.Document.QuerySelectorAll("main table tbody th[scope=row]").Select(c => c.TextContent.Trim()));
        Assert.NotNull(next.Document.QuerySelector($"main a[href='{url}?termin={second}']"));
        Assert.Equal(["Max Mustermann"], other.Document.QuerySelectorAll("main table tbody th[scope=row]").Select(c => c.TextContent.Trim()));
        Assert.Equal("page", other.Document.QuerySelector($"main a[href='{url}?termin={second}']")!.GetAttribute("aria-current"));
        Assert.Equal(HttpStatusCode.OK, garbled.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        // After the first date is over, the list opens on the next one.
        Host.Clock.Advance(TimeSpan.FromDays(11));
        var later = await GetPageAsync(url);
        Assert.Equal(["Max Mustermann"], later.Document.QuerySelectorAll("main table tbody th[scope=row]").Select(c => c.TextContent.Trim()));
    }
}
