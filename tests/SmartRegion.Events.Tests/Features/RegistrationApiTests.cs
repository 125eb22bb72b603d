using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Registrations;

namespace SmartRegion.Events.Tests.Features;

public sealed class RegistrationApiTests(EventsHost host) : EventsTest(host)
{
    private async Task<JsonElement> RegisterAsync(Guid date, string email, int seats = 1, bool consent = true)
    {
        var response = await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations",
            new { seats, name = "Erika Muster", email, needs = new[] { "step-free" }, consent });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> ActAsync(string token, string action) =>
        await Client.PostAsync(new Uri($"/api/events/registrations/{token}/{action}", UriKind.Relative), null);

    private Task<string[]> StatusesAsync(Guid date) =>
        Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).OrderBy(r => r.Arrival).Select(r => r.Status).ToArrayAsync());

    [Fact]
    public async Task seats_are_confirmed_until_full_then_the_waiting_list_takes_entries_in_order()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);

        var a = await RegisterAsync(date, "a@beispiel.de", seats: 2);
        var b = await RegisterAsync(date, "b@beispiel.de", seats: 2);
        var c = await RegisterAsync(date, "c@beispiel.de", seats: 1);

        Assert.Equal(RegistrationStatus.Confirmed, a.GetProperty("status").GetString());
        Assert.Equal(RegistrationStatus.Waiting, b.GetProperty("status").GetString());
        Assert.Equal(1, b.GetProperty("waitingPosition").GetInt32());
        // One seat is free, but b came first: nobody jumps the line.
        Assert.Equal(RegistrationStatus.Waiting, c.GetProperty("status").GetString());
        Assert.Equal(2, c.GetProperty("waitingPosition").GetInt32());
    }

    [Fact]
    public async Task a_freed_seat_is_offered_to_the_next_in_line_who_may_accept_it_within_24_hours()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var a = await RegisterAsync(date, "a@beispiel.de");
        var b = await RegisterAsync(date, "b@beispiel.de");

        var cancel = await ActAsync(a.GetProperty("token").GetString()!, ManageRegistration.Cancel);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Offered], await StatusesAsync(date));

        Host.Clock.Advance(TimeSpan.FromHours(23));
        var accept = await ActAsync(b.GetProperty("token").GetString()!, ManageRegistration.Accept);

        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed], await StatusesAsync(date));
    }

    [Fact]
    public async Task an_expired_offer_cannot_be_accepted_and_the_seat_goes_to_the_next_in_line()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var a = await RegisterAsync(date, "a@beispiel.de");
        var b = await RegisterAsync(date, "b@beispiel.de");
        await RegisterAsync(date, "c@beispiel.de");
        await ActAsync(a.GetProperty("token").GetString()!, ManageRegistration.Cancel);

        Host.Clock.Advance(TimeSpan.FromHours(25));
        var accept = await ActAsync(b.GetProperty("token").GetString()!, ManageRegistration.Accept);

        Assert.Equal(HttpStatusCode.Conflict, accept.StatusCode);
        Assert.Contains("abgelaufen", (await accept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Expired, RegistrationStatus.Offered], await StatusesAsync(date));
    }

    [Fact]
    public async Task declining_an_offer_and_leaving_the_list_free_the_place_for_the_next()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var a = await RegisterAsync(date, "a@beispiel.de");
        var b = await RegisterAsync(date, "b@beispiel.de");
        var c = await RegisterAsync(date, "c@beispiel.de");
        await RegisterAsync(date, "d@beispiel.de");

        await ActAsync(c.GetProperty("token").GetString()!, ManageRegistration.Cancel);
        await ActAsync(a.GetProperty("token").GetString()!, ManageRegistration.Cancel);
        var decline = await ActAsync(b.GetProperty("token").GetString()!, ManageRegistration.Decline);

        Assert.Equal(HttpStatusCode.OK, decline.StatusCode);
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Declined, RegistrationStatus.Cancelled, RegistrationStatus.Offered], await StatusesAsync(date));
    }

    [Fact]
    public async Task the_state_of_a_registration_read_by_its_token_is_kept_by_no_cache_found_or_not()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var a = await RegisterAsync(date, "a@beispiel.de");
        var token = a.GetProperty("token").GetString()!;

        var read = await Client.GetAsync(new Uri($"/api/events/registrations/{token}", UriKind.Relative));
        var forged = await Client.GetAsync(new Uri("/api/events/registrations/gefaelscht", UriKind.Relative));
        var page = await Client.GetAsync(new Uri($"/veranstaltungen/anmeldung/{token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All([read, forged, page], r => Assert.True(r.Headers.CacheControl?.NoStore == true, $"{r.RequestMessage?.RequestUri}: Cache-Control {r.Headers.CacheControl}"));
    }

    [Theory]
    [InlineData("gefälscht")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task a_forged_token_is_a_clear_404_and_changes_nothing(string token)
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        await RegisterAsync(date, "a@beispiel.de");

        var response = await ActAsync(token, ManageRegistration.Cancel);
        var read = await Client.GetAsync(new Uri($"/api/events/registrations/{token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Contains("ungültig", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([RegistrationStatus.Confirmed], await StatusesAsync(date));
    }

    [Fact]
    public async Task a_double_submit_a_second_cancel_and_a_registration_after_the_deadline_are_conflicts_that_change_nothing()
    {
        var date = await Host.PublishedDateAsync(capacity: 5, closesHoursBefore: 48);
        var a = await RegisterAsync(date, "a@beispiel.de");
        var twice = await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Erika", email = "A@Beispiel.de", consent = true });
        await ActAsync(a.GetProperty("token").GetString()!, ManageRegistration.Cancel);
        var cancelAgain = await ActAsync(a.GetProperty("token").GetString()!, ManageRegistration.Cancel);
        Host.Clock.Advance(TimeSpan.FromDays(9));
        var late = await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Max", email = "max@beispiel.de", consent = true });

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, cancelAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal([RegistrationStatus.Cancelled], await StatusesAsync(date));
    }

    [Fact]
    public async Task bad_input_names_the_fields_and_stores_nothing()
    {
        var date = await Host.PublishedDateAsync(capacity: 5);

        var response = await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations",
            new { seats = 11, name = "", email = "keine-adresse", needs = new[] { "jetpack" }, consent = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "Seats", "Name", "Email", "Needs", "Consent" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Empty(await StatusesAsync(date));
    }
}
