using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Quotas;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Quotas;

/// <summary>Registrations of an event whose seats are split into quotas: who gets which seat, and each quota's own line.</summary>
public sealed class QuotaRegistrationTests(EventsHost host) : EventsTest(host)
{
    private async Task<Outcome<Register.Response>> RegisterAsync(Guid date, string email, ICurrentPerson person, int seats = 1)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await Register.ExecuteAsync(date, new Register.Request { Seats = seats, Name = "Test", Email = email, Consent = true }, person,
            services.GetRequiredService<EventsDb>(), services.GetRequiredService<RegistrationTokens>(), Host.Clock,
            services.GetRequiredService<IStringLocalizer<EventsText>>(), CancellationToken.None);
    }

    private Task<List<(string Email, string Status, Guid? Quota)>> RowsAsync(Guid date) =>
        Host.QueryAsync(async db => (await db.Registrations.Where(r => r.DateId == date).OrderBy(r => r.Arrival).Select(r => new { r.Email, r.Status, r.QuotaId }).ToListAsync())
            .Select(r => (r.Email, r.Status, r.QuotaId)).ToList());

    [Fact]
    public async Task staff_take_their_quota_then_a_free_public_seat_then_wait_in_their_own_line_and_the_public_never_get_staff_seats()
    {
        var date = await Host.PublishedDateAsync(capacity: 4);
        var ids = await Host.AddQuotasAsync(date, ("Beschäftigte der Verwaltung", 1, QuotaEligibility.Staff), ("Öffentlichkeit", 2, QuotaEligibility.Everyone));
        var (staffQuota, publicQuota) = (ids[0], ids[1]);

        var s1 = await RegisterAsync(date, "s1@beispiel.de", ActingPerson.Staff());
        var p1 = await RegisterAsync(date, "p1@beispiel.de", ActingPerson.Nobody);
        var s2 = await RegisterAsync(date, "s2@beispiel.de", ActingPerson.Staff());
        var p2 = await RegisterAsync(date, "p2@beispiel.de", ActingPerson.Nobody);
        var s3 = await RegisterAsync(date, "s3@beispiel.de", ActingPerson.Staff());
        var tooLarge = await RegisterAsync(date, "gruppe@beispiel.de", ActingPerson.Nobody, seats: 3);

        Assert.Equal(RegistrationStatus.Confirmed, s1.Value!.Status);
        Assert.Equal(RegistrationStatus.Confirmed, p1.Value!.Status);
        // The staff seat is taken: the second staff member gets the last public seat.
        Assert.Equal(RegistrationStatus.Confirmed, s2.Value!.Status);
        Assert.Equal(RegistrationStatus.Waiting, p2.Value!.Status);
        Assert.Equal(1, p2.Value.WaitingPosition);
        Assert.Equal(RegistrationStatus.Waiting, s3.Value!.Status);
        Assert.Equal(1, s3.Value.WaitingPosition);
        Assert.Equal(OutcomeKind.Conflict, tooLarge.Kind);
        Assert.Equal(
            [("s1@beispiel.de", RegistrationStatus.Confirmed, (Guid?)staffQuota), ("p1@beispiel.de", RegistrationStatus.Confirmed, publicQuota),
                ("s2@beispiel.de", RegistrationStatus.Confirmed, publicQuota), ("p2@beispiel.de", RegistrationStatus.Waiting, publicQuota),
                ("s3@beispiel.de", RegistrationStatus.Waiting, staffQuota)],
            await RowsAsync(date));
    }

    [Fact]
    public async Task a_freed_seat_goes_to_the_line_of_its_quota_and_a_staff_only_event_refuses_the_public_clearly()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        await Host.AddQuotasAsync(date, ("Beschäftigte", 1, QuotaEligibility.Staff), ("Öffentlichkeit", 1, QuotaEligibility.Everyone));
        var staffOnly = await Host.PublishedDateAsync(capacity: 2);
        await Host.AddQuotasAsync(staffOnly, ("Beschäftigte", 2, QuotaEligibility.Staff));
        var s1 = await RegisterAsync(date, "s1@beispiel.de", ActingPerson.Staff());
        await RegisterAsync(date, "p1@beispiel.de", ActingPerson.Nobody);
        await RegisterAsync(date, "p2@beispiel.de", ActingPerson.Nobody);
        await RegisterAsync(date, "s2@beispiel.de", ActingPerson.Staff());

        var cancel = await Client.PostAsync(new Uri($"/api/events/registrations/{s1.Value!.Token}/cancel", UriKind.Relative), null);
        var refused = await RegisterAsync(staffOnly, "p@beispiel.de", ActingPerson.Nobody);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        // p2 waited longer, but in the public line: the staff seat goes to s2.
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Offered],
            (await RowsAsync(date)).Select(r => r.Status));
        Assert.Equal(OutcomeKind.Conflict, refused.Kind);
        Assert.Contains("Dienstkonto", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_public_seat_freed_with_nobody_in_the_public_line_is_offered_to_staff_waiting_for_their_full_quota()
    {
        var date = await Host.PublishedDateAsync(capacity: 2);
        var ids = await Host.AddQuotasAsync(date, ("Beschäftigte", 1, QuotaEligibility.Staff), ("Öffentlichkeit", 1, QuotaEligibility.Everyone));
        await RegisterAsync(date, "s1@beispiel.de", ActingPerson.Staff());
        var p1 = await RegisterAsync(date, "p1@beispiel.de", ActingPerson.Nobody);
        await RegisterAsync(date, "s2@beispiel.de", ActingPerson.Staff());

        await Client.PostAsync(new Uri($"/api/events/registrations/{p1.Value!.Token}/cancel", UriKind.Relative), null);

        var rows = await RowsAsync(date);
        Assert.Equal(("s2@beispiel.de", RegistrationStatus.Offered, (Guid?)ids[1]), rows[2]);
    }

    [Fact]
    public async Task the_event_page_and_its_json_show_the_free_seats_and_the_line_of_each_quota()
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        await Host.AddQuotasAsync(date, ("Beschäftigte der Verwaltung", 2, QuotaEligibility.Staff), ("Öffentlichkeit", 3, QuotaEligibility.Everyone));
        await RegisterAsync(date, "s1@beispiel.de", ActingPerson.Staff());
        await RegisterAsync(date, "p1@beispiel.de", ActingPerson.Nobody, seats: 3);
        await RegisterAsync(date, "p2@beispiel.de", ActingPerson.Nobody);
        var slug = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Join(db.Events, d => d.EventId, e => e.Id, (d, e) => e.Slug).SingleAsync());

        var json = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events/{slug}");
        var page = await HtmlPage.LoadAsync(Client, $"/veranstaltungen/{slug}");

        var quotas = json.GetProperty("quotas").EnumerateArray().Select(q => (q.GetProperty("name").GetString(), q.GetProperty("seats").GetInt32(), q.GetProperty("eligible").GetString())).ToList();
        Assert.Equal([("Beschäftigte der Verwaltung", 2, "staff"), ("Öffentlichkeit", 3, "everyone")], quotas);
        var first = json.GetProperty("dates")[0];
        Assert.Equal(1, first.GetProperty("freeSeats").GetInt32());
        Assert.Equal([(1, 0), (0, 1)], first.GetProperty("quotas").EnumerateArray().Select(q => (q.GetProperty("freeSeats").GetInt32(), q.GetProperty("waiting").GetInt32())));
        Assert.Equal(["Beschäftigte der Verwaltung: 1", "Öffentlichkeit: 0"], page.Document.QuerySelectorAll("td.sr-quota-free li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["Beschäftigte der Verwaltung: 0", "Öffentlichkeit: 1"], page.Document.QuerySelectorAll("td.sr-quota-waiting li").Select(li => li.TextContent.Trim()));
        Assert.Contains("2 Plätze je Termin für Beschäftigte", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}
