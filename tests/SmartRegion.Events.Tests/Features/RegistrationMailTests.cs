using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SmartRegion.Events.Registrations;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

public sealed class RegistrationMailTests(EventsHost host) : EventsTest(host)
{
    private async Task<string> RegisterAsync(Guid date, string email)
    {
        var response = await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Erika", email, consent = true });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task a_confirmed_registration_gets_a_mail_with_its_link_and_the_date_as_icalendar()
    {
        Host.Mail.Clear();
        var date = await Host.PublishedDateAsync(capacity: 1);
        await RegisterAsync(date, "erika@beispiel.de");

        await Host.DispatchOutboxAsync();

        var mail = Assert.Single(Host.Mail.To("erika@beispiel.de"));
        Assert.StartsWith("Angemeldet:", mail.Subject, StringComparison.Ordinal);
        var link = Host.Mail.LinkTo("erika@beispiel.de", "/veranstaltungen/anmeldung/");
        var page = await GetPageAsync(link.PathAndQuery);
        Assert.Contains("angemeldet", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var attachment = Assert.Single(mail.Attachments!);
        var parsed = IcsParser.Parse(Encoding.UTF8.GetString(attachment.Content));
        var item = Assert.Single(parsed.GetProperty("events").EnumerateArray());
        Assert.Equal(date + "@smarte-region", item.GetProperty("uid").GetString());
    }

    [Fact]
    public async Task the_next_in_line_is_mailed_the_offer_with_its_deadline_and_can_accept_through_the_link()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var first = await RegisterAsync(date, "a@beispiel.de");
        await RegisterAsync(date, "b@beispiel.de");
        await Host.DispatchOutboxAsync();
        Host.Mail.Clear();

        await Client.PostAsync(new Uri($"/api/events/registrations/{first}/{ManageRegistration.Cancel}", UriKind.Relative), null);
        await Host.DispatchOutboxAsync();

        var offer = Assert.Single(Host.Mail.To("b@beispiel.de"));
        Assert.StartsWith("Ein Platz ist frei", offer.Subject, StringComparison.Ordinal);
        Assert.Contains("Nehmen Sie ihn bis", offer.TextBody, StringComparison.Ordinal);
        Assert.Null(offer.Attachments);
        var token = Host.Mail.LinkTo("b@beispiel.de", "/veranstaltungen/anmeldung/").AbsolutePath.Split('/')[^1];
        var accept = await Client.PostAsync(new Uri($"/api/events/registrations/{token}/{ManageRegistration.Accept}", UriKind.Relative), null);
        Assert.True(accept.IsSuccessStatusCode);
        Assert.StartsWith("Abgesagt:", Assert.Single(Host.Mail.To("a@beispiel.de")).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task someone_who_registers_in_english_gets_every_mail_in_english_with_british_dates_and_german_mails_write_german_dates()
    {
        Host.Mail.Clear();
        var date = await Host.PublishedDateAsync(capacity: 1);
        using var english = new HttpRequestMessage(HttpMethod.Post, $"/api/events/dates/{date}/registrations")
        {
            Content = JsonContent.Create(new { seats = 1, name = "Erika", email = "en@beispiel.de", consent = true }),
        };
        english.Headers.AcceptLanguage.ParseAdd("en-GB");
        (await Client.SendAsync(english)).EnsureSuccessStatusCode();
        await RegisterAsync(date, "de@beispiel.de");

        await Host.DispatchOutboxAsync();

        var registered = Assert.Single(Host.Mail.To("en@beispiel.de"));
        Assert.StartsWith("Registered:", registered.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Hello Erika,", registered.TextBody, StringComparison.Ordinal);
        Assert.Contains("on 11/12/2026 10:00", registered.TextBody, StringComparison.Ordinal);
        Assert.Contains("Please confirm your e-mail address by 03/12/2026 10:00", registered.TextBody, StringComparison.Ordinal);
        var waiting = Assert.Single(Host.Mail.To("de@beispiel.de"));
        Assert.StartsWith("Warteliste:", waiting.Subject, StringComparison.Ordinal);
        Assert.Contains("am 11.12.2026 10:00", waiting.TextBody, StringComparison.Ordinal);
        Assert.Contains("bis 03.12.2026 10:00", waiting.TextBody, StringComparison.Ordinal);
    }
}
