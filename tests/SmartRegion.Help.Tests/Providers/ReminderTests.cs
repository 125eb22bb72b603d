using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Help.Freshness;
using SmartRegion.TestKit;
using static SmartRegion.Help.Tests.Providers.ProviderPeople;

namespace SmartRegion.Help.Tests.Providers;

public sealed class ReminderTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Host.Mail.Clear();
    }

    [Fact]
    public void an_offer_confirmed_more_than_six_months_ago_is_stale()
    {
        var now = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

        Assert.False(OfferFreshness.IsStale(new DateOnly(2026, 5, 26), now));
        Assert.True(OfferFreshness.IsStale(new DateOnly(2026, 5, 25), now));
        Assert.True(OfferFreshness.IsStale(null, now));
    }

    [Fact]
    public async Task the_members_of_a_provider_with_a_stale_offer_get_one_reminder_and_not_a_second_within_30_days()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        await Host.QueryAsync(async db =>
        {
            (await db.Services.SingleAsync(s => s.Id == HoechbergService)).AssuredDate = new DateOnly(2020, 1, 1);
            return await db.SaveChangesAsync();
        });

        var first = await RunRoundAsync();
        var second = await RunRoundAsync();

        Assert.Equal(1, first.MailsSent);
        Assert.Equal(0, second.MailsSent);
        var mail = Assert.Single(Host.Mail.To("anbieterin@beispiel.de"), m => m.Subject.StartsWith("Bitte Hilfeangebote bestätigen", StringComparison.Ordinal));
        Assert.Contains("Nachbarschaftshilfe Höchberg", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://region.example/hilfe/meine-angebote", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Seniorennachmittag", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task two_rounds_at_once_as_on_two_nodes_send_the_provider_one_reminder()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        await Host.QueryAsync(async db =>
        {
            (await db.Services.SingleAsync(s => s.Id == HoechbergService)).AssuredDate = new DateOnly(2020, 1, 1);
            return await db.SaveChangesAsync();
        });

        var rounds = await Task.WhenAll(RunRoundAsync(), RunRoundAsync());

        Assert.Equal(1, rounds.Sum(r => r.MailsSent));
        Assert.Single(Host.Mail.To("anbieterin@beispiel.de"), m => m.Subject.StartsWith("Bitte Hilfeangebote bestätigen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task offers_of_providers_without_a_hub_organisation_are_marked_but_nobody_is_mailed()
    {
        await Host.QueryAsync(async db =>
        {
            await db.Services.ExecuteUpdateAsync(s => s.SetProperty(x => x.AssuredDate, new DateOnly(2020, 1, 1)));
            return 0;
        });

        var round = await RunRoundAsync();

        Assert.Equal(0, round.MailsSent);
    }

    [Fact]
    public async Task revisions_survive_the_authors_account_deletion_without_the_link_to_the_person()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        var form = await member.GetFromJsonAsync<JsonElement>(new Uri($"/api/help/offers/{HoechbergService}/form", UriKind.Relative));
        var created = await member.PostAsync(new Uri($"/api/help/offers/{HoechbergService}/revisions", UriKind.Relative), JsonContent.Create(form));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var export = await member.GetStringAsync(new Uri("/api/hub/me/data", UriKind.Relative));
        Assert.Contains("hilfeangebote", export, StringComparison.Ordinal);

        using var deletion = new HttpRequestMessage(HttpMethod.Delete, new Uri("/api/hub/me", UriKind.Relative))
        {
            Content = JsonContent.Create(new { password = Password, confirm = true }),
        };
        Assert.Equal(HttpStatusCode.NoContent, (await member.SendAsync(deletion)).StatusCode);
        await Host.DispatchOutboxAsync();

        var revision = await Host.QueryAsync(db => db.OfferRevisions.SingleAsync());
        Assert.Null(revision.AuthorId);
        Assert.Null(revision.AuthorName);
        Assert.Equal(Revisions.RevisionStatus.Pending, revision.Status);
    }

    private async Task<DailyHelpTasks.Round> RunRoundAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DailyHelpTasks>().RunAsync(CancellationToken.None);
    }
}
