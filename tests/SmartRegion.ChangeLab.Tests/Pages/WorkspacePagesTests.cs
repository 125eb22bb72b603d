using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Pages;

public sealed class WorkspacePagesTests(ChangeLabHost host) : ChangeLabTest(host)
{
    [Fact]
    public async Task staff_see_every_place_in_a_table_beside_a_floor_plan_with_title_and_description()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var page = await HtmlPage.LoadAsync(staff, "/change-lab");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Change Lab: Co-Working-Space", page.H1);
        Assert.Equal(12, page.Document.QuerySelectorAll("main table tbody tr").Length);
        var svg = page.Document.QuerySelector("main figure svg[role=img]")!;
        Assert.Equal("plan-titel plan-beschreibung", svg.GetAttribute("aria-labelledby"));
        Assert.False(string.IsNullOrWhiteSpace(page.Document.GetElementById("plan-beschreibung")!.TextContent));
        Assert.Equal(9, svg.QuerySelectorAll("g rect").Length);
        Assert.Contains("ganztägig frei", page.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"main a[href='/change-lab/plaetze/{DemoWorkspaceSeeder.MeetingRoom}']"));
    }

    [Fact]
    public async Task in_english_the_frame_is_english_and_the_names_carry_lang_de()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var page = await GetEnglishAsync(staff, "/change-lab");

        Assert.Equal("Change Lab: co-working space", page.H1);
        Assert.All(page.Document.QuerySelectorAll("main table tbody th a"), a => Assert.Equal("de", a.GetAttribute("lang")));
    }

    [Theory]
    [InlineData(Personas.Anonymous, "/anmelden")]
    [InlineData(Personas.Resident, "/fehler/403")]
    [InlineData(Personas.ModeratorHoechberg, "/fehler/403")]
    [InlineData(Personas.StaffRimpar, null)]
    [InlineData(Personas.AdminRimpar, null)]
    [InlineData(Personas.RegionAdmin, null)]
    public async Task the_workspace_pages_are_for_staff(string persona, string? sentTo)
    {
        using var client = await Personas.SignedInClientAsync(Host, persona);

        foreach (var path in new[] { "/change-lab", $"/change-lab/plaetze/{DemoWorkspaceSeeder.FirstDesk}", "/change-lab/buchungen" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (sentTo is null)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith(sentTo, Target(response), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task booking_through_the_form_redirects_to_my_bookings_and_the_slot_table_shows_it_taken()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, $"/change-lab/plaetze/{DemoWorkspaceSeeder.MeetingRoom}");

        var posted = await form.SubmitAsync(staff, "main form[method=post]", new Dictionary<string, string>
        {
            ["Model.Day"] = "2026-12-08", ["Model.From"] = "10:00", ["Model.To"] = "11:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/change-lab/buchungen?erledigt=gebucht", Target(posted));
        var mine = await HtmlPage.LoadAsync(staff, "/change-lab/buchungen?erledigt=gebucht");
        Assert.Contains("Besprechungsraum Main", mine.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var day = await HtmlPage.LoadAsync(staff, $"/change-lab/plaetze/{DemoWorkspaceSeeder.MeetingRoom}?tag=2026-12-08");
        var rows = day.Document.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count(r => r.Contains("belegt", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task a_form_with_bad_input_shows_the_error_summary_linked_to_the_fields_and_books_nothing()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, $"/change-lab/plaetze/{DemoWorkspaceSeeder.MeetingRoom}");

        var posted = await form.SubmitAsync(staff, "main form[method=post]", new Dictionary<string, string>
        {
            ["Model.Day"] = "2026-12-12", ["Model.From"] = "12:00", ["Model.To"] = "10:00",
        });
        var page = await HtmlPage.FromAsync(posted, form.Url);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var targets = page.ErrorSummaryLinks().Select(l => l.Target).ToList();
        Assert.Contains("feld-day", targets);
        Assert.Contains("feld-to", targets);
        Assert.All(targets, t => Assert.NotNull(page.Document.GetElementById(t)));
        Assert.Equal(0, await Host.QueryAsync(db => db.Bookings.CountAsync()));
    }

    [Fact]
    public async Task a_taken_slot_through_the_form_says_so_and_books_nothing_more()
    {
        using var first = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var second = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        var values = new Dictionary<string, string> { ["Model.Day"] = "2026-12-08", ["Model.From"] = "", ["Model.To"] = "" };
        await (await HtmlPage.LoadAsync(first, $"/change-lab/plaetze/{DemoWorkspaceSeeder.FirstDesk}")).SubmitAsync(first, "main form[method=post]", values);

        var form = await HtmlPage.LoadAsync(second, $"/change-lab/plaetze/{DemoWorkspaceSeeder.FirstDesk}");
        var posted = await form.SubmitAsync(second, "main form[method=post]", values);
        var page = await HtmlPage.FromAsync(posted, form.Url);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("schon gebucht", page.Document.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Host.QueryAsync(db => db.Bookings.CountAsync()));
    }

    [Fact]
    public async Task my_bookings_give_a_booking_back_through_the_form()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await (await HtmlPage.LoadAsync(staff, $"/change-lab/plaetze/{DemoWorkspaceSeeder.FirstDesk}"))
            .SubmitAsync(staff, "main form[method=post]", new Dictionary<string, string> { ["Model.Day"] = "2026-12-08" });
        var id = await Host.QueryAsync(db => db.Bookings.Select(b => b.Id).SingleAsync());
        var mine = await HtmlPage.LoadAsync(staff, "/change-lab/buchungen");

        var posted = await mine.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["BookingId"] = id.ToString() });

        Assert.Equal("/change-lab/buchungen?erledigt=storniert", Target(posted));
        Assert.Equal(0, await Host.QueryAsync(db => db.BookingUnits.CountAsync()));
        Assert.Equal("cancelled", await Host.QueryAsync(db => db.Bookings.Select(b => b.Status).SingleAsync()));
    }
}
