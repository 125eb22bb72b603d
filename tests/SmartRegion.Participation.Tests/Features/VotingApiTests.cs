using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Voting;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Features;

public sealed class VotingApiTests(ParticipationHost host) : ParticipationTest(host)
{
    private async Task<(HttpClient Client, Guid Resident)> VerifiedVoterAsync(string email, string ags = Personas.Hoechberg)
    {
        var person = await People.CreateAsync(Host, email);
        var resident = await Host.VerifyAsync(person.Id, ags, "Erika " + email.Split('@')[0]);
        var client = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, email);
        return (client, resident);
    }

    private async Task<Guid[]> ProjectsAsync(Guid process, int count) =>
        await Host.QueryAsync(db => db.Projects.Where(p => p.ProcessId == process).OrderBy(p => p.Position).Take(count).Select(p => p.Id).ToArrayAsync());

    [Fact]
    public async Task a_verified_resident_votes_once_gets_a_receipt_and_a_second_vote_on_any_channel_is_refused()
    {
        var process = await Host.BudgetIdAsync();
        var (voter, resident) = await VerifiedVoterAsync("waehlerin@beispiel.de");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var choice = await ProjectsAsync(process, 2);

        var first = await voter.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = choice });
        var again = await voter.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = choice });
        var booth = await staff.PostAsJsonAsync($"/api/participation/processes/{process}/booth-ballots", new { residentId = resident, projects = choice });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, booth.StatusCode);
        Assert.Contains("schon abgestimmt", (await booth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var receipt = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetString()!;
        var check = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/receipts/{receipt.ToLowerInvariant()}");
        Assert.True(check.GetProperty("counted").GetBoolean());
        Assert.Equal((1, 1), await Host.QueryAsync(async db => (await db.Voters.CountAsync(), await db.Ballots.CountAsync())));
    }

    [Fact]
    public async Task after_a_booth_vote_the_online_vote_is_refused_with_a_clear_message_and_the_booth_is_audited()
    {
        var process = await Host.BudgetIdAsync();
        var (voter, resident) = await VerifiedVoterAsync("buerger@beispiel.de");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var choice = await ProjectsAsync(process, 1);

        var booth = await staff.PostAsJsonAsync($"/api/participation/processes/{process}/booth-ballots", new { residentId = resident, projects = choice });
        var online = await voter.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = choice });

        Assert.Equal(HttpStatusCode.Created, booth.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, online.StatusCode);
        Assert.Contains("Wahllokal", (await online.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var audit = Assert.Single(await AuditTrail.ReadAsync(Host, "participation-voters.marked-at-booth"));
        Assert.Equal(Personas.Hoechberg, audit.MunicipalityAgs);
    }

    [Fact]
    public async Task staff_of_another_municipality_cannot_use_the_booth_and_unverified_people_cannot_vote()
    {
        var process = await Host.BudgetIdAsync();
        var (_, resident) = await VerifiedVoterAsync("buerger@beispiel.de");
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        using var unverified = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var (rimparResident, _) = await VerifiedVoterAsync("rimparerin@beispiel.de", Personas.Rimpar);
        var choice = await ProjectsAsync(process, 1);

        var booth = await rimpar.PostAsJsonAsync($"/api/participation/processes/{process}/booth-ballots", new { residentId = resident, projects = choice });
        var notVerified = await unverified.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = choice });
        var otherPlace = await rimparResident.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = choice });

        Assert.Equal(HttpStatusCode.Forbidden, booth.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notVerified.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPlace.StatusCode);
        Assert.Equal(0, await Host.QueryAsync(db => db.Ballots.CountAsync()));
    }

    [Fact]
    public async Task an_over_budget_ballot_is_a_validation_problem_naming_the_project_and_counts_nothing()
    {
        var process = await Host.BudgetIdAsync();
        var (voter, _) = await VerifiedVoterAsync("waehlerin@beispiel.de");
        var all = await ProjectsAsync(process, 12);

        var response = await voter.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = all });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(BallotRules.Field)[0].GetString();
        Assert.Contains("passt nicht mehr ins Budget", message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await Host.QueryAsync(async db => (await db.Voters.CountAsync(), await db.Ballots.CountAsync())));
    }

    [Fact]
    public async Task after_the_vote_closes_nothing_changes_the_votes_and_the_full_tally_is_published()
    {
        var process = await Host.BudgetIdAsync();
        var (voter, _) = await VerifiedVoterAsync("waehlerin@beispiel.de");
        var late = await People.CreateAsync(Host, "spaet@beispiel.de");
        var lateResident = await Host.VerifyAsync(late.Id, Personas.Hoechberg, "Spät");
        var choice = await ProjectsAsync(process, 2);
        Assert.Equal(HttpStatusCode.Created, (await voter.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = choice })).StatusCode);
        var early = await Client.GetAsync(new Uri($"/api/participation/processes/{process}/results", UriKind.Relative));

        Host.Clock.Advance(TimeSpan.FromDays(30));
        using var lateClient = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(lateClient, late.Email);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var online = await lateClient.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = choice });
        var booth = await staff.PostAsJsonAsync($"/api/participation/processes/{process}/booth-ballots", new { residentId = lateResident, projects = choice });
        var details = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{process}");
        var reopen = await staff.PutAsJsonAsync($"/api/participation/processes/{process}", new
        {
            title = details.GetProperty("title").GetString(),
            budget = 150000,
            votingMethod = "knapsack",
            phases = new[] { new { kind = "vote", starts = "2026-11-01", ends = "2027-12-31" } },
        });
        var project = await staff.PostAsJsonAsync($"/api/participation/processes/{process}/projects", new { title = "Nachzügler", cost = 1000 });
        var results = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{process}/results");

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, online.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, booth.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reopen.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, project.StatusCode);
        Assert.Equal(1, results.GetProperty("ballots").GetInt32());
        Assert.Equal(1, results.GetProperty("votersOnline").GetInt32());
        var tally = results.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetGuid(), p => p.GetProperty("votes").GetInt32());
        Assert.Equal(12, tally.Count);
        Assert.All(choice, id => Assert.Equal(1, tally[id]));
        Assert.Equal(2, tally.Values.Sum());
        Assert.Equal(1, await Host.QueryAsync(db => db.Ballots.CountAsync()));
    }

    [Fact]
    public async Task the_ballot_is_stored_apart_from_the_voter_with_nothing_that_links_them()
    {
        var ballot = await Host.QueryAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(Ballot))!.GetProperties().Select(p => p.Name).ToList()));
        var voter = await Host.QueryAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(Voter))!.GetProperties().ToDictionary(p => p.Name, p => p.ClrType)));

        Assert.Equal(["Id", "ProcessId", "ReceiptHash"], ballot.Order());
        Assert.DoesNotContain(voter.Keys, k => k.Contains("Ballot", StringComparison.Ordinal) || k.Contains("Receipt", StringComparison.Ordinal));
        Assert.Equal(typeof(DateOnly), voter["VotedOn"]);
        Assert.DoesNotContain(voter.Values, t => t == typeof(DateTimeOffset) || t == typeof(DateTime));
    }

    [Fact]
    public async Task on_sqlite_the_voters_are_kept_in_the_order_of_their_random_ids_not_in_the_order_they_voted()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "A SQLite storage detail; PostgreSQL has no rowid.");
        var sql = await Host.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT sql FROM sqlite_master WHERE name = 'participation_voters'";
            return (string)(await command.ExecuteScalarAsync())!;
        });

        Assert.EndsWith("WITHOUT ROWID", sql.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task my_data_export_says_where_i_am_verified_and_that_i_voted_but_not_what_i_chose()
    {
        var process = await Host.BudgetIdAsync();
        var (voter, _) = await VerifiedVoterAsync("waehlerin@beispiel.de");
        var choice = await ProjectsAsync(process, 1);
        Assert.Equal(HttpStatusCode.Created, (await voter.PostAsJsonAsync($"/api/participation/processes/{process}/ballots", new { projects = choice })).StatusCode);

        var export = await voter.GetStringAsync(new Uri("/api/hub/me/data", UriKind.Relative));

        var section = JsonDocument.Parse(export).RootElement.GetProperty("sections").GetProperty("beteiligung");
        Assert.Equal(Personas.Hoechberg, section.GetProperty("verifiedResident")[0].GetProperty("municipality").GetString());
        Assert.Equal("online", section.GetProperty("voted")[0].GetProperty("channel").GetString());
        Assert.DoesNotContain(choice[0].ToString(), export, StringComparison.OrdinalIgnoreCase);
    }
}
