using SmartRegion.Events.Calendar;

namespace SmartRegion.Events.Tests.Domain;

public sealed class RecurrenceTests
{
    private static readonly DateTime FirstTuesday = new(2027, 3, 2, 18, 30, 0);

    [Fact]
    public void a_weekly_rule_gives_its_dates_at_the_same_local_time_across_the_change_to_summer_time()
    {
        var result = Recurrence.Expand(FirstTuesday, TimeSpan.FromHours(2), "FREQ=WEEKLY;BYDAY=TU;COUNT=6", [], skipHolidays: false);

        Assert.Null(result.Error);
        Assert.Equal(6, result.Dates.Count);
        Assert.All(result.Dates, d => Assert.Equal(new TimeOnly(18, 30), TimeOnly.FromDateTime(Recurrence.ToLocal(d.Starts))));
        Assert.Equal(17, result.Dates[0].Starts.UtcDateTime.Hour);
        Assert.Equal(16, result.Dates[5].Starts.UtcDateTime.Hour);
        Assert.All(result.Dates, d => Assert.Equal(TimeSpan.FromHours(2), d.Ends - d.Starts));
    }

    [Fact]
    public void exception_days_and_the_regions_public_holidays_are_left_out()
    {
        // Thursdays from 6 May 2027: Christi Himmelfahrt (6 May) and Fronleichnam (27 May) are holidays in Bavaria.
        var result = Recurrence.Expand(new DateTime(2027, 5, 6, 10, 0, 0), TimeSpan.FromHours(1), "RRULE:FREQ=WEEKLY;COUNT=5", [new DateOnly(2027, 5, 13)], skipHolidays: true);

        Assert.Equal([new DateOnly(2027, 5, 20), new DateOnly(2027, 6, 3)], result.Dates.Select(d => DateOnly.FromDateTime(Recurrence.ToLocal(d.Starts))));
    }

    [Fact]
    public void a_rule_that_would_give_100000_dates_is_refused()
    {
        var result = Recurrence.Expand(FirstTuesday, TimeSpan.FromMinutes(30), "FREQ=HOURLY;COUNT=100000", [], skipHolidays: false);

        Assert.Equal("too-many", result.Error);
        Assert.Empty(result.Dates);
    }

    [Fact]
    public void an_endless_rule_is_refused_and_a_single_date_needs_no_rule()
    {
        Assert.Equal("too-many", Recurrence.Expand(FirstTuesday, TimeSpan.FromHours(1), "FREQ=DAILY", [], false).Error);
        Assert.Single(Recurrence.Expand(FirstTuesday, TimeSpan.FromHours(1), null, [], false).Dates);
    }

    [Theory]
    [InlineData("FREQ=SOMETIMES")]
    [InlineData("kein Regelwerk")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    public void an_unreadable_or_impossible_rule_is_refused(string rule) =>
        Assert.NotNull(Recurrence.Expand(FirstTuesday, TimeSpan.FromHours(1), rule, [], false).Error);
}
