using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Seed;
using SmartRegion.Participation.Voting;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Features;

/// <summary>A person who deletes their account leaves nothing in „Mach mit“ that points to them; the counts stay true.</summary>
public sealed class DeletedAccountTests(ParticipationHost host) : ParticipationTest(host)
{
    [Fact]
    public async Task a_deleted_account_takes_verification_name_and_link_but_proposals_supports_and_turnout_keep_counting()
    {
        var region = await Host.QueryAsync(db => db.Processes.Where(p => p.Slug == DemoProcessesSeeder.RegionSlug).Select(p => p.Id).SingleAsync());
        var budget = await Host.BudgetIdAsync();
        Host.Clock.Advance(TimeSpan.FromDays(25));
        var person = await People.CreateAsync(Host, "kurt.weg@beispiel.de");
        using var client = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, person.Email);
        var created = await client.PostAsJsonAsync(new Uri($"/api/participation/processes/{region}/proposals", UriKind.Relative),
            new { title = "Bank am Mainufer", text = "Am Radweg fehlt eine Bank zum Ausruhen.", category = "other" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var proposal = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri($"/api/participation/proposals/{proposal}/support", UriKind.Relative), null)).StatusCode);
        await Host.VerifyAsync(person.Id, Personas.Hoechberg, "Gerda Geht");
        await Host.QueryAsync(async db =>
        {
            db.Voters.Add(Voter.Create(budget, person.Id, VoteChannels.Online, new DateOnly(2026, 12, 20)));
            return await db.SaveChangesAsync();
        });

        using var delete = new HttpRequestMessage(HttpMethod.Delete, new Uri("/api/hub/me", UriKind.Relative))
        {
            Content = JsonContent.Create(new { password = People.Password, confirm = true }),
        };
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
        await Host.DispatchOutboxAsync();
        await Host.DispatchOutboxAsync();

        var kept = await Host.QueryAsync(db => db.Proposals.SingleAsync(p => p.Id == proposal));
        Assert.NotEqual(person.Id, kept.AuthorId);
        Assert.Equal("", kept.AuthorName);
        Assert.Equal("Bank am Mainufer", kept.Title);
        Assert.Equal(1, await Host.QueryAsync(db => db.ProposalSupports.CountAsync(s => s.ProposalId == proposal)));
        Assert.Equal(1, await Host.QueryAsync(db => db.Voters.CountAsync(v => v.ProcessId == budget)));
        Assert.False(await Host.QueryAsync(db => db.ProposalSupports.AnyAsync(s => s.PersonId == person.Id)));
        Assert.False(await Host.QueryAsync(db => db.Voters.AnyAsync(v => v.PersonId == person.Id)));
        Assert.False(await Host.QueryAsync(db => db.VerifiedResidents.AnyAsync(r => r.PersonId == person.Id)));
        var page = await GetPageAsync($"/mitmachen/{DemoProcessesSeeder.RegionSlug}/vorschlaege/{proposal}");
        Assert.Contains("Von einem gelöschten Konto am", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("kurt.weg", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
