using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Dates;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Tests.Dates;

/// <summary>
/// Moving or cancelling a date while people register for it, each call in its own scope and connection as on several
/// nodes: the seats stay exactly the date's, and everyone who got in before a cancellation is told of it.
/// </summary>
public sealed class ConcurrentDateChangeTests(EventsHost host) : EventsTest(host)
{
    private async Task<Outcome<Register.Response>> RegisterAsync(Guid date, string email)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await Register.ExecuteAsync(date, new Register.Request { Seats = 1, Name = "Test", Email = email, Consent = true }, ActingPerson.Nobody,
            services.GetRequiredService<EventsDb>(), services.GetRequiredService<RegistrationTokens>(), Host.Clock,
            services.GetRequiredService<IStringLocalizer<EventsText>>(), CancellationToken.None);
    }

    private async Task<Outcome<DateResponse>> ChangeAsync(Func<IServiceProvider, Task<Outcome<DateResponse>>> change)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await change(scope.ServiceProvider);
    }

    private static T Get<T>(IServiceProvider services)
        where T : notnull => services.GetRequiredService<T>();

    [Fact]
    public async Task two_hundred_registrations_while_the_date_is_moved_confirm_exactly_its_seats_and_keep_every_entry_on_the_date()
    {
        var date = await Host.PublishedDateAsync(capacity: 20);
        var id = await Host.EventOfAsync(date);
        var staff = ActingPerson.Staff();

        var registrations = Enumerable.Range(0, 200).Select(i => Task.Run(() => RegisterAsync(date, $"person{i}@beispiel.de"))).ToList();
        var moves = Enumerable.Range(0, 5).Select(i => Task.Run(() => ChangeAsync(s => MoveDate.ExecuteAsync(id, date,
            new DateRequest { Starts = new DateTime(2026, 12, 20 + i, 18, 0, 0), Ends = new DateTime(2026, 12, 20 + i, 20, 0, 0) },
            staff, Get<IOrganisationDirectory>(s), Get<EventsDb>(s), Get<IAuditLog>(s), Host.Clock, Get<IStringLocalizer<EventsText>>(s), CancellationToken.None)))).ToList();
        var outcomes = await Task.WhenAll(registrations);
        var moved = await Task.WhenAll(moves);

        Assert.All(outcomes, o => Assert.Equal(OutcomeKind.Ok, o.Kind));
        // A move that finds the date changed since it read it (another move in between) is refused as stale, never half done.
        Assert.All(moved, o => Assert.True(o.Kind is OutcomeKind.Ok or OutcomeKind.Conflict));
        var rows = await Host.QueryAsync(db => db.Registrations.Where(r => r.EventId == id).OrderBy(r => r.Arrival).Select(r => new { r.DateId, r.Arrival, r.Status }).ToListAsync());
        Assert.Equal(200, rows.Count);
        Assert.All(rows, r => Assert.Equal(date, r.DateId));
        Assert.Equal(200, rows.Select(r => r.Arrival).Distinct().Count());
        Assert.All(rows.Take(20), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.All(rows.Skip(20), r => Assert.Equal(RegistrationStatus.Waiting, r.Status));
        Assert.Equal(moved.Count(o => o.IsOk), (await Host.DateAsync(date)).Sequence);
        Assert.Contains(moved, o => o.IsOk);
    }

    [Fact]
    public async Task whoever_registered_before_a_cancellation_is_told_and_nobody_gets_in_after_it()
    {
        var date = await Host.PublishedDateAsync(capacity: 20);
        var id = await Host.EventOfAsync(date);
        var staff = ActingPerson.Staff();

        var registrations = Enumerable.Range(0, 200).Select(i => Task.Run(() => RegisterAsync(date, $"person{i}@beispiel.de"))).ToList();
        var cancel = Task.Run(() => ChangeAsync(s => CancelDate.ExecuteAsync(id, date, null,
            staff, Get<IOrganisationDirectory>(s), Get<EventsDb>(s), Get<IAuditLog>(s), Host.Clock, Get<IStringLocalizer<EventsText>>(s), CancellationToken.None)));
        var outcomes = await Task.WhenAll(registrations);
        var cancelled = await cancel;

        Assert.Equal(OutcomeKind.Ok, cancelled.Kind);
        Assert.All(outcomes, o => Assert.True(o.Kind is OutcomeKind.Ok or OutcomeKind.Conflict));
        var registered = outcomes.Count(o => o.IsOk);
        Assert.Equal(registered, await Host.QueryAsync(db => db.Registrations.CountAsync(r => r.DateId == date)));
        Assert.Equal(registered, cancelled.Value!.Told);
        Assert.True(await Host.QueryAsync(db => db.Registrations.CountAsync(r => r.DateId == date && r.Status == RegistrationStatus.Confirmed)) <= 20);
    }
}
