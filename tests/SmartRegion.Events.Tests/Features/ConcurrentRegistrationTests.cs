using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
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

    private async Task<Outcome<Register.Response>> RegisterAsync(Guid date, string email)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await Register.ExecuteAsync(date, new Register.Request { Seats = 1, Name = "Test", Email = email, Consent = true }, new Nobody(),
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
