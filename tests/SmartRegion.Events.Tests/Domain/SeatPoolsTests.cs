using SmartRegion.Events.Calendar;
using SmartRegion.Events.Quotas;

namespace SmartRegion.Events.Tests.Domain;

public sealed class SeatPoolsTests
{
    private static readonly Guid EventId = Guid.NewGuid();

    [Fact]
    public void without_quotas_the_whole_capacity_is_one_pool_open_to_everyone()
    {
        var pools = SeatPools.For(40, []);

        var pool = Assert.Single(pools.All);
        Assert.Null(pool.Id);
        Assert.Equal(40, pool.Seats);
        Assert.False(pools.HasQuotas);
        Assert.Single(pools.OpenTo(staff: false));
    }

    [Fact]
    public void staff_try_their_quota_first_then_the_quotas_for_everyone_and_the_public_only_those()
    {
        var everyone = Quota.Create(EventId, 0, "Öffentlichkeit", "Public", 30, QuotaEligibility.Everyone);
        var staff = Quota.Create(EventId, 1, "Beschäftigte", null, 20, QuotaEligibility.Staff);
        var pools = SeatPools.For(50, [everyone, staff]);

        Assert.Equal([staff.Id, everyone.Id], pools.OpenTo(staff: true).Select(p => p.Id));
        Assert.Equal([everyone.Id], pools.OpenTo(staff: false).Select(p => p.Id));
        Assert.True(pools.MayFallBack(staff.Id, pools.All[1]));
        Assert.False(pools.MayFallBack(everyone.Id, pools.All[0]));
    }

    [Fact]
    public void a_new_entry_takes_the_first_pool_with_room_and_nobody_in_line_else_waits()
    {
        var a = new SeatPools.Pool(Guid.NewGuid(), 2, true);
        var b = new SeatPools.Pool(Guid.NewGuid(), 2, false);

        Assert.Equal(a, SeatPools.Place([a, b], 1, _ => 0, _ => false));
        Assert.Equal(b, SeatPools.Place([a, b], 1, p => p == a.Id ? 2 : 0, _ => false));
        Assert.Equal(b, SeatPools.Place([a, b], 1, _ => 0, p => p == a.Id));
        Assert.Null(SeatPools.Place([a, b], 3, _ => 0, _ => false));
    }

    [Fact]
    public void the_english_name_is_shown_on_english_pages_when_there_is_one()
    {
        Assert.Equal("Public", Quota.NameIn("Öffentlichkeit", "Public", "en"));
        Assert.Equal("Öffentlichkeit", Quota.NameIn("Öffentlichkeit", "Public", "de"));
        Assert.Equal("Beschäftigte", Quota.NameIn("Beschäftigte", null, "en"));
    }

    [Fact]
    public void the_lottery_is_drawn_at_the_chosen_time_or_when_registration_closes_whichever_comes_first()
    {
        var starts = new DateTimeOffset(2027, 3, 10, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(starts.AddHours(-24), DueFor(starts, 24, null));
        Assert.Equal(starts.AddDays(-5), DueFor(starts, 24, starts.AddDays(-5)));
        Assert.Equal(starts.AddHours(-24), DueFor(starts, 24, starts.AddHours(-1)));
    }

    private static DateTimeOffset DueFor(DateTimeOffset starts, int closesHoursBefore, DateTimeOffset? drawAt)
    {
        var item = Event.Create("los", "09679147", null,
            new EventFields("Los", "Text.", null, null, Topics.Training, AttendanceModes.Online, null, "https://beispiel.de", 0, 10, closesHoursBefore), false, starts.AddDays(-30));
        item.ChooseAllocation(Allocations.Lottery, drawAt, starts.AddDays(-30));
        return item.DrawDueFor(starts);
    }
}
