using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Presence;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Tests.Presence;

/// <summary>
/// One consent per person whatever the load: the key on the person decides, and every request gets the same answer.
/// Runs on SQLite and, with <c>SMARTREGION_TEST_DB=postgres</c>, on PostgreSQL.
/// </summary>
public sealed class ConcurrentConsentTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private const int Requests = 200;

    [Fact]
    public async Task two_hundred_consents_of_one_person_at_once_leave_one_row_and_all_say_yes()
    {
        var person = new StaffMember(Guid.NewGuid());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => Task.Run(() => ShareAsync(person))));

        Assert.All(outcomes, o =>
        {
            Assert.Equal(OutcomeKind.Ok, o.Kind);
            Assert.True(o.Value!.Sharing);
            Assert.Equal(ChangeLabHost.Start, o.Value.Since);
        });
        Assert.Equal(1, await Host.QueryAsync(db => db.PresenceSharings.CountAsync()));
    }

    private async Task<Outcome<SharePresence.Response>> ShareAsync(StaffMember person)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await SharePresence.ExecuteAsync(person, services.GetRequiredService<ChangeLabDb>(), Host.Clock,
            services.GetRequiredService<IStringLocalizer<ChangeLabText>>(), CancellationToken.None);
    }
}
