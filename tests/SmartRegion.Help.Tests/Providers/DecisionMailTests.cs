using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.TestKit;
using static SmartRegion.Help.Tests.Providers.ProviderPeople;
using static SmartRegion.Help.Tests.Providers.ProviderReviewTests;

namespace SmartRegion.Help.Tests.Providers;

/// <summary>The author of a proposal hears of the decision by mail, through the outbox, in the language of their profile.</summary>
public sealed class DecisionMailTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Host.Mail.Clear();
    }

    private async Task<Guid> ProposeAsync(HttpClient member)
    {
        await FoundProviderAsync(Host, member);
        var proposed = await member.PostAsJsonAsync(Url($"/api/help/offers/{HoechbergService}/revisions"), Form("Nachbarschaftshilfe Höchberg – Einkaufshilfe"));
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        return (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revisionId").GetGuid();
    }

    /// <summary>Runs outbox cycles until nothing is left (the demo seeding leaves many offer events before ours).</summary>
    private async Task DispatchAllAsync()
    {
        while (await Host.DispatchOutboxAsync() > 0)
        {
        }
    }

    [Fact]
    public async Task a_rejected_proposal_mails_the_author_the_reason_in_german_once_the_outbox_runs()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        var revisionId = await ProposeAsync(member);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));
        Host.Mail.Clear(); // the accounts' confirmation mails

        var rejected = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/reject"), new { reason = "Die Telefonnummer stimmt nicht." });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Empty(Host.Mail.To("anbieterin@beispiel.de"));
        await DispatchAllAsync();

        var mail = Assert.Single(Host.Mail.To("anbieterin@beispiel.de"));
        Assert.Equal("Ihr Vorschlag wurde nicht übernommen: Nachbarschaftshilfe Höchberg – Einkaufshilfe", mail.Subject);
        Assert.Contains("Die Telefonnummer stimmt nicht.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://region.example/hilfe/meine-angebote", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(Host.Mail.To("sachbearbeiter@beispiel.de"));
    }

    [Fact]
    public async Task an_approved_proposal_mails_the_author_in_the_language_saved_in_their_profile()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        var profile = await member.PutAsJsonAsync(Url("/api/hub/me/profile"), new { displayName = "anbieterin", preferredLanguage = "en", notifyByEmail = true });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var revisionId = await ProposeAsync(member);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));
        Host.Mail.Clear(); // the accounts' confirmation mails

        var approved = await staff.PostAsJsonAsync(Url($"/api/help/revisions/{revisionId}/approve"), new { reason = "Passt." });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await DispatchAllAsync();

        var mail = Assert.Single(Host.Mail.To("anbieterin@beispiel.de"));
        Assert.Equal("Your proposal was accepted: Nachbarschaftshilfe Höchberg – Einkaufshilfe", mail.Subject);
        Assert.Contains("https://region.example/hilfe/angebote/" + HoechbergService, mail.TextBody, StringComparison.Ordinal);
    }
}
