using Microsoft.Extensions.Time.Testing;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Search;

namespace SmartRegion.Help.Tests.Search;

public sealed class OpeningHoursTests
{
    private static HsdsSchedule Weekly(string byday, string opens, string closes) => new("s", Freq: "WEEKLY", Byday: byday, OpensAt: opens, ClosesAt: closes);

    private static HsdsSchedule Monthly(string byday, string opens, string closes) => new("s", Freq: "MONTHLY", Byday: byday, OpensAt: opens, ClosesAt: closes);

    // November 2026: Monday 2nd … Thursday 12th (2nd Thursday), Sunday 29th (last Sunday), Monday 30th.
    private static DateTime At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, DateTimeKind.Unspecified);

    [Fact]
    public void a_weekly_opening_is_open_inside_and_closed_outside_its_hours_and_days()
    {
        var schedule = Weekly("MO,TU,WE,TH,FR", "09:00", "12:00");

        Assert.True(OpeningHours.IsOpen([schedule], At(2, 9, 0)));
        Assert.True(OpeningHours.IsOpen([schedule], At(2, 11, 59)));
        Assert.False(OpeningHours.IsOpen([schedule], At(2, 12, 0)));
        Assert.False(OpeningHours.IsOpen([schedule], At(7, 10, 0)));
    }

    [Fact]
    public void the_second_thursday_of_the_month_is_open_and_the_first_is_not()
    {
        var schedule = Monthly("2TH", "14:00", "16:00");

        Assert.True(OpeningHours.IsOpen([schedule], At(12, 15)));
        Assert.False(OpeningHours.IsOpen([schedule], At(5, 15)));
        Assert.False(OpeningHours.IsOpen([schedule], At(19, 15)));
    }

    [Fact]
    public void the_last_sunday_of_the_month_is_found_from_the_end()
    {
        var schedule = Monthly("-1SU", "14:00", "17:00");

        Assert.True(OpeningHours.IsOpen([schedule], At(29, 15)));
        Assert.False(OpeningHours.IsOpen([schedule], At(22, 15)));
    }

    [Fact]
    public void an_opening_past_midnight_belongs_to_the_evening_it_starts()
    {
        var schedule = Weekly("MO", "19:00", "08:00");

        Assert.True(OpeningHours.IsOpen([schedule], At(2, 23)));
        Assert.True(OpeningHours.IsOpen([schedule], At(3, 7, 59)));
        Assert.False(OpeningHours.IsOpen([schedule], At(3, 8, 0)));
        Assert.False(OpeningHours.IsOpen([schedule], At(2, 7)));
        Assert.False(OpeningHours.IsOpen([schedule], At(4, 23)));
    }

    [Fact]
    public void around_the_clock_is_open_at_any_minute()
    {
        var schedule = Weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59");

        Assert.True(OpeningHours.IsOpen([schedule], At(8, 23, 59)));
        Assert.True(OpeningHours.IsOpen([schedule], At(8, 0, 0)));
    }

    [Fact]
    public void by_appointment_only_is_neither_open_nor_closed() =>
        Assert.Null(OpeningHours.IsOpen([new HsdsSchedule("s", Description: "Termine nach Vereinbarung")], At(2, 10)));

    [Fact]
    public void the_wall_clock_is_berlin_time_in_summer_and_in_winter()
    {
        var summer = new FakeTimeProvider(new DateTimeOffset(2026, 7, 6, 7, 30, 0, TimeSpan.Zero));
        var winter = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero));
        var schedule = Weekly("MO", "09:00", "10:00");

        Assert.Equal(9, OpeningHours.LocalNow(summer).Hour);
        Assert.True(OpeningHours.IsOpen([schedule], OpeningHours.LocalNow(summer)));
        Assert.Equal(8, OpeningHours.LocalNow(winter).Hour);
        Assert.False(OpeningHours.IsOpen([schedule], OpeningHours.LocalNow(winter)));
    }
}
