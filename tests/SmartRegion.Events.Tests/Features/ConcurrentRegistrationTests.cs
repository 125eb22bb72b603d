using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Quotas;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Tests.Features;

/// <summary>
/// 500 registrations at once for 50 seats: the database decides, not a lock in this process (each call has its own
/// scope and connection, as on several nodes). Runs on SQLite and, with <c>SMARTREGION_TEST_DB=postgres</c>, on PostgreSQL.
/// </summary>
public sealed class ConcurrentRegistrationTests(EventsHost host) : EventsTest(host)
{
    [Fact]
    public async Task five_hundred_registrations_at_once_for_fifty_seats_confirm_exactly_fifty_and_queue_the_rest_in_arrival_order()
    {
        var date = await Host.PublishedDateAsync(capacity: 50);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() => RegisterAsync(date, $"person{i}@beispiel.de"))));

        Assert.All(outcomes, o => Assert.Equal(OutcomeKind.Ok, o.Kind));
        var rows = await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).OrderBy(r => r.Arrival).Select(r => new { r.Arrival, r.Status }).ToListAsync());
        Assert.Equal(500, rows.Count);
        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), rows.Select(r => r.Arrival));
        Assert.All(rows.Take(50), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.All(rows.Skip(50), r => Assert.Equal(RegistrationStatus.Waiting, r.Status));
        var positions = outcomes.Where(o => o.Value!.Status == RegistrationStatus.Waiting).Select(o => o.Value!.WaitingPosition!.Value).Order();
        Assert.Equal(Enumerable.Range(1, 450), positions);
    }

    [Fact]
    public async Task five_hundred_registrations_at_once_split_into_quotas_confirm_exactly_each_quotas_seats_and_queue_the_rest_per_quota_in_arrival_order()
    {
        var date = await Host.PublishedDateAsync(capacity: 50);
        var quotas = await Host.AddQuotasAsync(date, ("Beschäftigte der Verwaltung", 20, QuotaEligibility.Staff), ("Öffentlichkeit", 30, QuotaEligibility.Everyone));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() =>
            RegisterAsync(date, $"person{i}@beispiel.de", i % 2 == 0 ? ActingPerson.Staff() : ActingPerson.Nobody))));

        Assert.All(outcomes, o => Assert.Equal(OutcomeKind.Ok, o.Kind));
        var rows = await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).OrderBy(r => r.Arrival)
            .Select(r => new { r.Id, r.Arrival, r.Status, r.QuotaId, Staff = r.PersonId != null }).ToListAsync());
        Assert.Equal(500, rows.Count);
        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), rows.Select(r => r.Arrival));
        foreach (var (quota, seats) in new[] { (quotas[0], 20), (quotas[1], 30) })
        {
            // Per quota: exactly its seats confirmed, and they are the first of its line; everyone behind waits.
            var line = rows.Where(r => r.QuotaId == quota).ToList();
            Assert.All(line.Take(seats), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
            Assert.All(line.Skip(seats), r => Assert.Equal(RegistrationStatus.Waiting, r.Status));
            var ids = line.Select(r => r.Id).ToHashSet();
            var positions = outcomes.Where(o => ids.Contains(o.Value!.Id) && o.Value.Status == RegistrationStatus.Waiting).Select(o => o.Value!.WaitingPosition!.Value).Order();
            Assert.Equal(Enumerable.Range(1, line.Count - seats), positions);
        }

        Assert.All(rows.Where(r => r.QuotaId == quotas[0]), r => Assert.True(r.Staff));
        Assert.All(rows.Where(r => !r.Staff), r => Assert.Equal(quotas[1], r.QuotaId));
        // Staff wait only in their own line; the public line is waited in by the public alone.
        Assert.All(rows.Where(r => r.Status == RegistrationStatus.Waiting), r => Assert.Equal(r.Staff ? quotas[0] : quotas[1], r.QuotaId));
    }

    private async Task<Outcome<Register.Response>> RegisterAsync(Guid date, string email, ICurrentPerson? person = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await Register.ExecuteAsync(date, new Register.Request { Seats = 1, Name = "Test", Email = email, Consent = true }, person ?? new Nobody(),
            services.GetRequiredService<EventsDb>(), services.GetRequiredService<RegistrationTokens>(), Host.Clock,
            services.GetRequiredService<IStringLocalizer<EventsText>>(), CancellationToken.None);
    }

    private sealed class Nobody : ICurrentPerson
    {
        public bool IsSignedIn => false;

        public PersonId? Id => null;

        public string? DisplayName => null;

        public bool IsRegionAdmin => false;

        public bool HasRoleIn(string role, string municipalityAgs) => false;

        public IReadOnlyList<string> MunicipalitiesWhere(string role) => [];
    }
}
