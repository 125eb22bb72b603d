using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Proposals;
using SmartRegion.Participation.Resources;
using SmartRegion.Participation.Seed;

namespace SmartRegion.Participation.Tests.Features;

/// <summary>
/// One support per person under load: the key on (proposal, person) decides, not a lock in the process. Runs on SQLite
/// and, with <c>SMARTREGION_TEST_DB=postgres</c>, on PostgreSQL.
/// </summary>
public sealed class ConcurrentSupportTests(ParticipationHost host) : ParticipationTest(host)
{
    private const int People = 200;

    [Fact]
    public async Task four_hundred_parallel_supports_from_two_hundred_people_count_exactly_once_each()
    {
        var region = await Host.QueryAsync(db => db.Processes.Where(p => p.Slug == DemoProcessesSeeder.RegionSlug).Select(p => p.Id).SingleAsync());
        Host.Clock.Advance(TimeSpan.FromDays(25));
        var proposal = Proposal.Create(region, Guid.NewGuid(), "Erika", "Radweg", "Text", null, isDemo: false, Host.Clock.GetUtcNow());
        await Host.QueryAsync(async db =>
        {
            db.Proposals.Add(proposal);
            return await db.SaveChangesAsync();
        });
        var persons = Enumerable.Range(0, People).Select(_ => Guid.NewGuid()).ToList();

        var outcomes = await Task.WhenAll(persons.Concat(persons).Select(p => Task.Run(() => SupportAsync(proposal.Id, p))));

        Assert.Equal(People, outcomes.Count(o => o == OutcomeKind.Ok));
        Assert.Equal(People, outcomes.Count(o => o == OutcomeKind.Conflict));
        Assert.Equal(People, await Host.QueryAsync(db => db.ProposalSupports.CountAsync(s => s.ProposalId == proposal.Id)));
    }

    private async Task<OutcomeKind> SupportAsync(Guid proposal, Guid person)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var outcome = await SupportProposal.ExecuteAsync(proposal, support: true, new Supporter(person), services.GetRequiredService<ParticipationDb>(), Host.Clock,
            services.GetRequiredService<IStringLocalizer<ParticipationText>>(), CancellationToken.None);
        return outcome.Kind;
    }

    private sealed class Supporter(Guid id) : ICurrentPerson
    {
        public bool IsSignedIn => true;

        public PersonId? Id => new(id);

        public string? DisplayName => null;

        public bool IsRegionAdmin => false;

        public bool HasRoleIn(string role, string municipalityAgs) => false;

        public IReadOnlyList<string> MunicipalitiesWhere(string role) => [];
    }
}
