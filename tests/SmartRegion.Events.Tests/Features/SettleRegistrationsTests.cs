using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Events.Registrations;

namespace SmartRegion.Events.Tests.Features;

/// <summary>The periodic round: offers not taken in time and addresses not confirmed in time settle without anyone touching the date.</summary>
public sealed class SettleRegistrationsTests(EventsHost host) : EventsTest(host)
{
    private async Task<string> RegisterAsync(Guid date, string email)
    {
        var response = await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Erika", email, consent = true });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private Task ActAsync(string token, string action) =>
        Client.PostAsync(new Uri($"/api/events/registrations/{token}/{action}", UriKind.Relative), null);

    private async Task<int> RoundAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<SettleRegistrations>().RunAsync(CancellationToken.None);
        await Host.DispatchOutboxAsync();
        return changed;
    }

    private Task<Dictionary<string, string>> StatusesAsync(Guid date) =>
        Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).ToDictionaryAsync(r => r.Email, r => r.Status));

    [Fact]
    public async Task an_offer_not_taken_in_24_hours_expires_in_the_next_round_and_the_seat_is_offered_to_the_next_in_line()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var first = await RegisterAsync(date, "a@beispiel.de");
        await ActAsync(first, ManageRegistration.ConfirmEmail);
        foreach (var email in new[] { "b@beispiel.de", "c@beispiel.de" })
        {
            await ActAsync(await RegisterAsync(date, email), ManageRegistration.ConfirmEmail);
        }

        await ActAsync(first, ManageRegistration.Cancel);
        await Host.DispatchOutboxAsync();
        Host.Mail.Clear();

        Host.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await RoundAsync());
        Assert.Equal(RegistrationStatus.Offered, (await StatusesAsync(date))["b@beispiel.de"]);

        Host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await RoundAsync());

        var statuses = await StatusesAsync(date);
        Assert.Equal(RegistrationStatus.Expired, statuses["b@beispiel.de"]);
        Assert.Equal(RegistrationStatus.Offered, statuses["c@beispiel.de"]);
        Assert.StartsWith("Angebot abgelaufen:", Assert.Single(Host.Mail.To("b@beispiel.de")).Subject, StringComparison.Ordinal);
        Assert.StartsWith("Ein Platz ist frei", Assert.Single(Host.Mail.To("c@beispiel.de")).Subject, StringComparison.Ordinal);
        Assert.Equal(0, await RoundAsync());
    }

    [Fact]
    public async Task a_registration_whose_address_is_not_confirmed_in_48_hours_lapses_and_frees_its_seat_a_confirmed_one_stays()
    {
        Host.Mail.Clear();
        var date = await Host.PublishedDateAsync(capacity: 2);
        var kept = await RegisterAsync(date, "bestaetigt@beispiel.de");
        await RegisterAsync(date, "vergessen@beispiel.de");
        await ActAsync(await RegisterAsync(date, "wartet@beispiel.de"), ManageRegistration.ConfirmEmail);
        await Host.DispatchOutboxAsync();
        var registered = Assert.Single(Host.Mail.To("vergessen@beispiel.de"));
        Assert.Contains("Bitte bestätigen Sie Ihre E-Mail-Adresse bis 03.12.2026 10:00", registered.TextBody, StringComparison.Ordinal);
        Host.Clock.Advance(TimeSpan.FromHours(47));
        await ActAsync(kept, ManageRegistration.ConfirmEmail);
        Assert.Equal(0, await RoundAsync());
        Host.Mail.Clear();

        Host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await RoundAsync());

        var statuses = await StatusesAsync(date);
        Assert.Equal(RegistrationStatus.Confirmed, statuses["bestaetigt@beispiel.de"]);
        Assert.Equal(RegistrationStatus.Lapsed, statuses["vergessen@beispiel.de"]);
        Assert.Equal(RegistrationStatus.Offered, statuses["wartet@beispiel.de"]);
        var lapsed = Assert.Single(Host.Mail.To("vergessen@beispiel.de"));
        Assert.StartsWith("Anmeldung verfallen:", lapsed.Subject, StringComparison.Ordinal);
        Assert.Empty(Host.Mail.To("bestaetigt@beispiel.de"));
        var page = await GetPageAsync(Host.Mail.LinkTo("vergessen@beispiel.de", "/veranstaltungen/anmeldung/").PathAndQuery);
        Assert.Contains("verfallen", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
