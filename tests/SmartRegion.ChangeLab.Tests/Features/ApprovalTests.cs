using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>Special rooms: the approver hears of the request by mail, decides with a reason, and the requester hears back.</summary>
public sealed class ApprovalTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private static readonly object Workshop = new { resource = DemoWorkspaceSeeder.WorkshopRoom, day = "2026-12-10", from = "09:00", to = "12:00" };

    private async Task<(HttpClient Staff, Guid Booking)> RequestAsync()
    {
        var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var response = await staff.PostAsJsonAsync("/api/changelab/bookings", Workshop);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (staff, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task a_request_mails_the_approver_who_accepts_and_the_requester_is_told()
    {
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var (staff, booking) = await RequestAsync();
        using var _ = staff;
        Host.Mail.Clear();

        await DispatchAllAsync();
        var request = Assert.Single(Host.Mail.To(Personas.Email(Personas.RegionAdmin)));
        Assert.Contains("Werkstattraum", request.Subject, StringComparison.Ordinal);
        Assert.Contains($"/change-lab/freigaben/{booking}", request.TextBody, StringComparison.Ordinal);
        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/changelab/approvals");
        Assert.Equal(booking, Assert.Single(pending.EnumerateArray()).GetProperty("id").GetGuid());

        var decided = await admin.PostAsJsonAsync($"/api/changelab/bookings/{booking}/decision", new { approve = true });
        await DispatchAllAsync();

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("confirmed", await Host.QueryAsync(db => db.Bookings.Where(b => b.Id == booking).Select(b => b.Status).SingleAsync()));
        var told = Assert.Single(Host.Mail.To(Personas.Email(Personas.StaffHoechberg)));
        Assert.Contains("angenommen", told.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task declining_needs_a_reason_which_the_requester_reads_and_the_slots_are_free_again()
    {
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var (staff, booking) = await RequestAsync();
        using var _ = staff;

        var noReason = await admin.PostAsJsonAsync($"/api/changelab/bookings/{booking}/decision", new { approve = false, reason = " " });
        var declined = await admin.PostAsJsonAsync($"/api/changelab/bookings/{booking}/decision", new { approve = false, reason = "Der Raum wird an dem Tag renoviert." });
        var twice = await admin.PostAsJsonAsync($"/api/changelab/bookings/{booking}/decision", new { approve = true });
        Host.Mail.Clear();
        await DispatchAllAsync();

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var told = Assert.Single(Host.Mail.To(Personas.Email(Personas.StaffHoechberg)));
        Assert.Contains("Der Raum wird an dem Tag renoviert.", told.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await Host.QueryAsync(db => db.BookingUnits.CountAsync()));
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/changelab/bookings", Workshop)).StatusCode);
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.OK)]
    public async Task only_administrators_of_the_rooms_municipality_decide(string persona, HttpStatusCode list)
    {
        var (staff, booking) = await RequestAsync();
        using var _ = staff;
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.PostAsJsonAsync($"/api/changelab/bookings/{booking}/decision", new { approve = true });
        using var pending = await client.GetAsync(new Uri("/api/changelab/approvals", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/change-lab/freigaben", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(list, pending.StatusCode);
        Assert.Equal(list == HttpStatusCode.OK, page.StatusCode == HttpStatusCode.OK);
        if (list == HttpStatusCode.OK)
        {
            Assert.Empty((await pending.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        }

        Assert.Equal("pending", await Host.QueryAsync(db => db.Bookings.Select(b => b.Status).SingleAsync()));
    }

    [Fact]
    public async Task the_decision_page_needs_a_choice_shows_the_error_summary_and_then_accepts()
    {
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var (staff, booking) = await RequestAsync();
        using var _ = staff;
        var list = await HtmlPage.LoadAsync(admin, "/change-lab/freigaben");
        Assert.NotNull(list.Document.QuerySelector($"main a[href='/change-lab/freigaben/{booking}']"));
        var form = await HtmlPage.LoadAsync(admin, $"/change-lab/freigaben/{booking}");

        var empty = await HtmlPage.FromAsync(await form.SubmitAsync(admin, "main form[method=post]", new Dictionary<string, string> { ["Model.Approve"] = "" }), form.Url);
        var accepted = await form.SubmitAsync(admin, "main form[method=post]", new Dictionary<string, string> { ["Model.Approve"] = "true" });

        Assert.Contains("feld-approve", empty.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal("/change-lab/freigaben?erledigt=angenommen", Target(accepted));
        Assert.Equal("confirmed", await Host.QueryAsync(db => db.Bookings.Select(b => b.Status).SingleAsync()));
    }
}
