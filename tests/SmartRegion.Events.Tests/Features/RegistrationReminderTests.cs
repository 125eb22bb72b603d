using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Events.Registrations;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

/// <summary>
/// The reminder a day before a date: one mail per confirmed registration, in its language, with the date, the place,
/// the link to cancel and the date as iCalendar; never twice, not even when two rounds run at once.
/// </summary>
public sealed class RegistrationReminderTests(EventsHost host) : EventsTest(host)
{
    /// <summary>The test dates start ten days after <see cref="EventsHost.Start"/>; this is 23 hours before.</summary>
    private static readonly TimeSpan InsideTheWindow = TimeSpan.FromDays(9).Add(TimeSpan.FromHours(1));

    private async Task<string> RegisterAsync(Guid date, string email, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/dates/{date}/registrations")
        {
            Content = JsonContent.Create(new { seats = 1, name = "Erika", email, consent = true }),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        (await ActAsync(token, ManageRegistration.ConfirmEmail)).EnsureSuccessStatusCode();
        return token;
    }

    private async Task<HttpResponseMessage> ActAsync(string token, string action) =>
        await Client.PostAsync(new Uri($"/api/events/registrations/{token}/{action}", UriKind.Relative), null);

    private async Task<int> RoundAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RemindRegistrations>().RunAsync(CancellationToken.None);
    }

    private async Task SettleMailsAsync()
    {
        await Host.DispatchOutboxAsync();
        Host.Mail.Clear();
    }

    [Fact]
    public async Task a_confirmed_registration_is_reminded_once_a_day_before_in_its_language_with_place_link_and_icalendar()
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        await RegisterAsync(date, "erika@beispiel.de");
        await RegisterAsync(date, "en@beispiel.de", "en-GB");
        await SettleMailsAsync();
        var tooEarly = await RoundAsync();
        Host.Clock.Advance(InsideTheWindow);

        var first = await RoundAsync();
        await Host.DispatchOutboxAsync();
        var second = await RoundAsync();
        await Host.DispatchOutboxAsync();

        Assert.Equal(0, tooEarly);
        Assert.Equal(2, first);
        Assert.Equal(0, second);
        var german = Assert.Single(Host.Mail.To("erika@beispiel.de"));
        Assert.Equal("Erinnerung: Workshop", german.Subject);
        Assert.Contains("am 11.12.2026 10:00", german.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ort: ", german.TextBody, StringComparison.Ordinal);
        Assert.Contains("absagen", german.TextBody, StringComparison.Ordinal);
        var link = Host.Mail.LinkTo("erika@beispiel.de", "/veranstaltungen/anmeldung/");
        Assert.StartsWith("/veranstaltungen/anmeldung/", link.AbsolutePath, StringComparison.Ordinal);
        var calendar = IcsParser.Parse(Encoding.UTF8.GetString(Assert.Single(german.Attachments!).Content));
        Assert.Equal(date + "@smarte-region", Assert.Single(calendar.GetProperty("events").EnumerateArray()).GetProperty("uid").GetString());
        var english = Assert.Single(Host.Mail.To("en@beispiel.de"));
        Assert.Equal("Reminder: Workshop", english.Subject);
        Assert.Contains("on 11/12/2026 10:00", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("Place: ", english.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, await Host.QueryAsync(db => db.Registrations.CountAsync(r => r.DateId == date && r.RemindedAt != null)));
    }

    [Fact]
    public async Task two_rounds_at_once_send_one_reminder()
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        await RegisterAsync(date, "erika@beispiel.de");
        await SettleMailsAsync();
        Host.Clock.Advance(InsideTheWindow);

        var rounds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RoundAsync)));
        await Host.DispatchOutboxAsync();

        Assert.Equal(1, rounds.Sum());
        Assert.Single(Host.Mail.To("erika@beispiel.de"));
    }

    [Fact]
    public async Task a_registration_made_inside_the_window_gets_no_reminder_because_its_confirmation_just_came()
    {
        var date = await Host.PublishedDateAsync(capacity: 5);
        Host.Clock.Advance(InsideTheWindow);
        await RegisterAsync(date, "spaet@beispiel.de");
        await SettleMailsAsync();

        var reminded = await RoundAsync();
        await Host.DispatchOutboxAsync();

        Assert.Equal(0, reminded);
        Assert.Empty(Host.Mail.To("spaet@beispiel.de"));
    }

    [Fact]
    public async Task cancelled_offered_and_waiting_registrations_and_cancelled_events_get_no_reminder()
    {
        var full = await Host.PublishedDateAsync(capacity: 1);
        var cancelled = await RegisterAsync(full, "abgesagt@beispiel.de");
        await RegisterAsync(full, "angeboten@beispiel.de");
        await RegisterAsync(full, "wartend@beispiel.de");
        (await ActAsync(cancelled, ManageRegistration.Cancel)).EnsureSuccessStatusCode();
        var calledOff = await Host.PublishedDateAsync(capacity: 5);
        await RegisterAsync(calledOff, "ausgefallen@beispiel.de");
        var calledOffEvent = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == calledOff).Select(d => d.EventId).SingleAsync());
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        (await staff.PostAsJsonAsync($"/api/events/events/{calledOffEvent}/cancel", new { reason = "Der Saal ist gesperrt." })).EnsureSuccessStatusCode();
        await SettleMailsAsync();
        Host.Clock.Advance(InsideTheWindow);

        var reminded = await RoundAsync();
        await Host.DispatchOutboxAsync();

        Assert.Equal(0, reminded);
        Assert.Empty(Host.Mail.To("abgesagt@beispiel.de"));
        Assert.Empty(Host.Mail.To("angeboten@beispiel.de"));
        Assert.Empty(Host.Mail.To("wartend@beispiel.de"));
        Assert.Empty(Host.Mail.To("ausgefallen@beispiel.de"));
    }
}
