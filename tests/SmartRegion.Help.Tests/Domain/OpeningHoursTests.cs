using SmartRegion.Help.Hsds;
using SmartRegion.Help.Schedules;

namespace SmartRegion.Help.Tests.Domain;

public sealed class OpeningHoursTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>An instant given as Berlin wall-clock time (what the data means), whatever the offset that day.</summary>
    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Berlin.GetUtcOffset(local));
    }

    private static OpenState State(OpeningRule rule, DateTimeOffset instant) => OpeningHours.StateAt([rule], instant);

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]
    public void a_weekday_rule_is_open_from_opening_up_to_but_not_including_closing(int hour, int minute, bool open)
    {
        var rule = new OpeningRule("WEEKLY", "MO,TU,WE,TH", "09:00", "12:00");

        // Tuesday, 1 December 2026.
        Assert.Equal(open ? OpenState.Open : OpenState.Closed, State(rule, At(2026, 12, 1, hour, minute)));
    }

    [Fact]
    public void a_weekday_rule_is_closed_on_the_other_days()
    {
        var rule = new OpeningRule("WEEKLY", "MO,TU,WE,TH", "09:00", "12:00");

        Assert.Equal(OpenState.Closed, State(rule, At(2026, 12, 4, 10))); // Friday
        Assert.Equal(OpenState.Closed, State(rule, At(2026, 12, 6, 10))); // Sunday
    }

    [Fact]
    public void the_time_is_read_in_berlin_in_winter_and_in_summer_not_in_utc()
    {
        var rule = new OpeningRule("WEEKLY", "TU", "09:00", "10:00");

        // 08:30 UTC is 09:30 in Berlin in winter (UTC+1) and 10:30 in summer (UTC+2).
        Assert.Equal(OpenState.Open, State(rule, new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero)));
        Assert.Equal(OpenState.Closed, State(rule, new DateTimeOffset(2026, 7, 7, 8, 30, 0, TimeSpan.Zero)));
        Assert.Equal(OpenState.Open, State(rule, new DateTimeOffset(2026, 7, 7, 7, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(10, true)]   // 2nd Thursday of December 2026
    [InlineData(24, true)]   // 4th Thursday
    [InlineData(3, false)]  // 1st Thursday
    [InlineData(17, false)] // 3rd Thursday
    [InlineData(31, false)] // 5th Thursday
    public void a_monthly_rule_is_open_only_on_the_named_weeks_of_the_month(int day, bool open)
    {
        var rule = new OpeningRule("MONTHLY", "2TH,4TH", "14:00", "16:30");

        Assert.Equal(open ? OpenState.Open : OpenState.Closed, State(rule, At(2026, 12, day, 15)));
    }

    [Theory]
    [InlineData(2026, 11, 29, true)]   // last Sunday of November 2026
    [InlineData(2026, 11, 22, false)] // the Sunday before
    [InlineData(2026, 2, 22, true)]    // last Sunday of a short month
    public void minus_one_means_the_last_such_weekday_of_the_month(int year, int month, int day, bool open)
    {
        var rule = new OpeningRule("MONTHLY", "-1SU", "10:00", "12:00");

        Assert.Equal(open ? OpenState.Open : OpenState.Closed, State(rule, At(year, month, day, 11)));
    }

    [Theory]
    [InlineData(1, 23, 0, true)]  // Tuesday late evening
    [InlineData(2, 7, 59, true)]  // Wednesday morning, still the night from Tuesday
    [InlineData(2, 8, 0, false)]
    [InlineData(2, 18, 59, false)]
    [InlineData(2, 19, 0, true)]
    public void an_opening_that_closes_before_it_opens_runs_past_midnight(int day, int hour, int minute, bool open)
    {
        var rule = new OpeningRule("WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "19:00", "08:00");

        Assert.Equal(open ? OpenState.Open : OpenState.Closed, State(rule, At(2026, 12, day, hour, minute)));
    }

    [Fact]
    public void the_night_after_the_last_opening_day_still_counts_but_not_the_next_one()
    {
        var rule = new OpeningRule("WEEKLY", "FR", "20:00", "02:00");

        Assert.Equal(OpenState.Open, State(rule, At(2026, 12, 5, 1, 30)));   // Saturday 01:30, Friday's night
        Assert.Equal(OpenState.Closed, State(rule, At(2026, 12, 6, 1, 30))); // Sunday 01:30
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(23, 59)]
    [InlineData(12, 0)]
    public void zero_to_23_59_on_every_day_is_open_around_the_clock(int hour, int minute)
    {
        var rule = new OpeningRule("WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59");

        Assert.Equal(OpenState.Open, State(rule, At(2026, 12, 6, hour, minute)));
        Assert.True(rule.Parse()!.IsAroundTheClock);
    }

    [Fact]
    public void opening_hours_across_the_spring_clock_change_follow_the_wall_clock()
    {
        var rule = new OpeningRule("WEEKLY", "SU", "09:00", "12:00");

        // 29 March 2026: clocks go from 02:00 to 03:00; 09:30 local is 07:30 UTC.
        Assert.Equal(OpenState.Open, State(rule, new DateTimeOffset(2026, 3, 29, 7, 30, 0, TimeSpan.Zero)));
        Assert.Equal(OpenState.Closed, State(rule, new DateTimeOffset(2026, 3, 29, 10, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void a_schedule_by_appointment_only_gives_no_open_or_closed_state()
    {
        var rule = new OpeningRule(null, null, null, null, "Termine nach Vereinbarung");

        Assert.Equal(OpenState.Unknown, State(rule, At(2026, 12, 1, 10)));
        Assert.Equal(OpenState.Unknown, OpeningHours.StateAt([], At(2026, 12, 1, 10)));
    }

    [Fact]
    public void one_open_rule_among_several_makes_the_place_open()
    {
        OpeningRule[] rules =
        [
            new("WEEKLY", "MO,TU,WE,TH", "09:00", "12:00"),
            new("WEEKLY", "TU", "14:00", "17:00"),
        ];

        Assert.Equal(OpenState.Open, OpeningHours.StateAt(rules, At(2026, 12, 1, 15)));
        Assert.Equal(OpenState.Closed, OpeningHours.StateAt(rules, At(2026, 12, 2, 15)));
    }

    [Theory]
    [InlineData("WEEKLY", "XX", "09:00", "12:00")]
    [InlineData("WEEKLY", "MO", "9 Uhr", "12:00")]
    [InlineData("WEEKLY", "MO", "25:00", "26:00")]
    [InlineData("WEEKLY", "2MO", "09:00", "12:00")]
    [InlineData("MONTHLY", "9MO", "09:00", "12:00")]
    [InlineData("YEARLY", "MO", "09:00", "12:00")]
    [InlineData("WEEKLY", "", "09:00", "12:00")]
    public void a_rule_that_cannot_be_read_counts_as_unknown_not_as_closed(string freq, string byday, string opens, string closes)
    {
        var rule = new OpeningRule(freq, byday, opens, closes);

        Assert.Null(rule.Parse());
        Assert.Equal(OpenState.Unknown, State(rule, At(2026, 12, 7, 10)));
    }

    // The offer page („jetzt geöffnet“) and the search (open_now) once read these rules differently; both now use
    // the rules compiled here, so each case must give the same answer either way.
    [Theory]
    [InlineData("WEEKLY", "2TH", "14:00", "16:00", 2026, 12, 10, 15, 0, "Unknown")]  // an ordinal only means something monthly
    [InlineData("WEEKLY", "MO", "18:00", "24:00", 2026, 12, 7, 23, 30, "Open")]      // closing at midnight written as 24:00
    [InlineData("WEEKLY", "MO", "18:00", "24:00", 2026, 12, 8, 0, 30, "Closed")]
    [InlineData(null, "MO", "09:00", "12:00", 2026, 12, 7, 10, 0, "Unknown")]       // no frequency: not a rule we can compute
    [InlineData("MONTHLY", "2TH", "14:00", "16:00", 2026, 12, 10, 15, 0, "Open")]
    [InlineData("WEEKLY", "MO", "9:00", "12:00", 2026, 12, 7, 10, 0, "Open")]        // hours without a leading zero
    public void the_offer_page_and_the_search_index_read_a_rule_the_same_way(
        string? freq, string byday, string opens, string closes, int year, int month, int day, int hour, int minute, string expected)
    {
        var schedule = new HsdsSchedule("s", Freq: freq, Byday: byday, OpensAt: opens, ClosesAt: closes);
        var instant = At(year, month, day, hour, minute);

        var onThePage = OpeningHours.StateAt([OpeningRule.From(schedule)], instant);
        var inTheIndex = OpeningHours.StateAtLocal(OpeningHours.Compile([OpeningRule.From(schedule)]), OpeningHours.LocalTime(instant));

        Assert.Equal(Enum.Parse<OpenState>(expected), onThePage);
        Assert.Equal(Enum.Parse<OpenState>(expected), inTheIndex);
    }
}
