using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>
/// No double booking under load: the database's key on (resource, slot) decides, not a lock in the process, so the same
/// holds across nodes. Runs on SQLite and, with <c>SMARTREGION_TEST_DB=postgres</c>, on PostgreSQL.
/// </summary>
public sealed class ConcurrentBookingTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private const int Requests = 200;

    [Fact]
    public async Task two_hundred_people_asking_at_once_for_the_same_slot_leave_exactly_one_booking_and_a_clear_message_for_the_rest()
    {
        var attempts = Enumerable.Range(0, Requests)
            .Select(_ => Task.Run(() => BookAsync(DemoWorkspaceSeeder.MeetingRoom, "2026-12-08", "10:00", "11:00")));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o.Kind == OutcomeKind.Ok);
        var refused = outcomes.Where(o => o.Kind != OutcomeKind.Ok).ToList();
        Assert.Equal(Requests - 1, refused.Count);
        Assert.All(refused, o =>
        {
            Assert.Equal(OutcomeKind.Conflict, o.Kind);
            Assert.Contains("schon gebucht", o.Message, StringComparison.Ordinal);
        });
        Assert.Equal(1, await Host.QueryAsync(db => db.Bookings.CountAsync()));
        Assert.Equal(2, await Host.QueryAsync(db => db.BookingUnits.CountAsync()));
    }

    [Fact]
    public async Task overlapping_stretches_asked_for_at_once_never_share_a_slot()
    {
        // Twenty stretches over one morning, each overlapping its neighbours, ten requests for each.
        var stretches = Enumerable.Range(0, 20).Select(i => (From: new TimeOnly(8, 0).AddMinutes(30 * (i % 8)), Length: 1 + (i % 3))).ToList();
        var attempts = Enumerable.Range(0, Requests).Select(i => stretches[i % stretches.Count])
            .Select(s => Task.Run(() => BookAsync(DemoWorkspaceSeeder.FirstDesk, "2026-12-09", s.From.ToString("HH:mm", null), s.From.AddMinutes(30 * s.Length).ToString("HH:mm", null))));
        var outcomes = await Task.WhenAll(attempts);

        var won = outcomes.Count(o => o.Kind == OutcomeKind.Ok);
        Assert.InRange(won, 1, 8);
        Assert.All(outcomes.Where(o => o.Kind != OutcomeKind.Ok), o => Assert.Equal(OutcomeKind.Conflict, o.Kind));
        var bookings = await Host.QueryAsync(db => db.Bookings.Include(b => b.Units).ToListAsync());
        Assert.Equal(won, bookings.Count);
        var slots = bookings.SelectMany(b => b.Units.Select(u => u.SlotStart)).ToList();
        Assert.Equal(slots.Count, slots.Distinct().Count());
        Assert.Equal(bookings.Sum(b => (int)((b.EndsAt - b.StartsAt).TotalMinutes / 30)), slots.Count);
    }

    private async Task<Outcome<BookResource.Response>> BookAsync(string resource, string day, string from, string to)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await BookResource.ExecuteAsync(new BookResource.Request(resource, day, from, to), new StaffMember(Guid.NewGuid()),
            services.GetRequiredService<ChangeLabDb>(), services.GetRequiredService<IOptions<ChangeLabOptions>>(), Host.Clock,
            services.GetRequiredService<IStringLocalizer<ChangeLabText>>(), CancellationToken.None);
    }
}
