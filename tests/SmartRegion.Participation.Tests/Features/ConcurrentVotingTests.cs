using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Resources;
using SmartRegion.Participation.Verification;
using SmartRegion.Participation.Voting;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Features;

/// <summary>
/// One person, one vote under load: the database's unique key decides, not a lock in the process, so the same holds
/// across nodes. Runs on SQLite and, with <c>SMARTREGION_TEST_DB=postgres</c>, on PostgreSQL.
/// </summary>
public sealed class ConcurrentVotingTests(ParticipationHost host) : ParticipationTest(host)
{
    private const int People = 500;

    [Fact]
    public async Task a_thousand_parallel_ballots_from_five_hundred_people_online_and_at_the_booth_count_exactly_once_each()
    {
        var process = await Host.BudgetIdAsync();
        var projects = await Host.QueryAsync(db => db.Projects.Where(p => p.ProcessId == process).OrderBy(p => p.Position).Select(p => p.Id).ToListAsync());
        var persons = Enumerable.Range(0, People).Select(_ => Guid.NewGuid()).ToList();
        await Host.QueryAsync(async db =>
        {
            db.VerifiedResidents.AddRange(persons.Select((p, i) => VerifiedResident.Create(p, Personas.Hoechberg, VerificationMethods.Letter, $"Person {i}", Host.Clock.GetUtcNow())));
            return await db.SaveChangesAsync();
        });
        Guid[] ChoiceOf(int i) => [projects[i % 12], projects[(i + 5) % 12]];

        var attempts = persons.SelectMany((person, i) => new[] { (person, i, VoteChannels.Online), (person, i, VoteChannels.Booth) })
            .Select(a => Task.Run(() => CastAsync(process, a.person, a.Item3, ChoiceOf(a.i))));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(People, outcomes.Count(o => o == OutcomeKind.Ok));
        Assert.Equal(People, outcomes.Count(o => o == OutcomeKind.Conflict));
        Assert.Equal((People, People), await Host.QueryAsync(async db => (await db.Voters.CountAsync(), await db.Ballots.CountAsync())));
        Assert.Equal(People, await Host.QueryAsync(db => db.Voters.Select(v => v.PersonId).Distinct().CountAsync()));
        Host.Clock.Advance(TimeSpan.FromDays(30));
        var results = await Host.QueryAsync(db => GetResults.ExecuteAsync(process.ToString(), db, Host.Clock, CancellationToken.None));
        var tally = results!.Value.Results!.Projects.ToDictionary(p => p.Id, p => p.Votes);
        for (var p = 0; p < projects.Count; p++)
        {
            var expected = Enumerable.Range(0, People).Count(i => ChoiceOf(i).Contains(projects[p]));
            Assert.Equal(expected, tally[projects[p]]);
        }

        Assert.Equal(People, results.Value.Results.Ballots);
        Assert.Equal(People, results.Value.Results.VotersOnline + results.Value.Results.VotersAtBooth);
    }

    private async Task<OutcomeKind> CastAsync(Guid process, Guid person, string channel, Guid[] choice)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var outcome = await BallotBox.CastAsync(process, person, channel, choice, services.GetRequiredService<ParticipationDb>(), Host.Clock,
            services.GetRequiredService<IStringLocalizer<ParticipationText>>(), CancellationToken.None);
        return outcome.Kind;
    }
}
