using System.Globalization;
using SmartRegion.Help.Hsds;

namespace SmartRegion.Help.Search;

/// <summary>
/// Whether an HSDS schedule is open at a moment: Europe/Berlin wall-clock times, <c>WEEKLY</c> and <c>MONTHLY</c>
/// rules with RRULE <c>byday</c> (<c>MO,TU</c>, <c>2TH</c> = second Thursday, <c>-1SU</c> = last Sunday), openings that run
/// past midnight (<c>19:00–08:00</c> belongs to the day it starts), <c>00:00–23:59</c> = around the clock.
/// A schedule without times (by appointment) is never open.
/// </summary>
internal static class OpeningHours
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>The wall-clock time in Europe/Berlin.</summary>
    public static DateTime LocalNow(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Berlin).DateTime;

    /// <summary>True when any of the schedules is open at the local time; null when none states times (by appointment).</summary>
    public static bool? IsOpen(IEnumerable<HsdsSchedule> schedules, DateTime local)
    {
        bool? result = null;
        foreach (var schedule in schedules)
        {
            if (!TryParse(schedule.OpensAt, out var opens) || !TryParse(schedule.ClosesAt, out var closes))
            {
                continue;
            }

            result = false;
            if (IsOpen(schedule, opens, closes, local))
            {
                return true;
            }
        }

        return result;
    }

    private static bool IsOpen(HsdsSchedule schedule, TimeSpan opens, TimeSpan closes, DateTime local)
    {
        var time = local.TimeOfDay;
        var aroundTheClock = opens == TimeSpan.Zero && closes >= new TimeSpan(23, 59, 0);
        if (aroundTheClock)
        {
            return OnDay(schedule, local.Date);
        }

        if (closes > opens)
        {
            return time >= opens && time < closes && OnDay(schedule, local.Date);
        }

        // Past midnight: the evening of a listed day, or the morning after one.
        return (time >= opens && OnDay(schedule, local.Date)) || (time < closes && OnDay(schedule, local.Date.AddDays(-1)));
    }

    /// <summary>True when the rule's <c>byday</c> includes <paramref name="date"/>.</summary>
    public static bool OnDay(HsdsSchedule schedule, DateTime date)
    {
        if (string.IsNullOrWhiteSpace(schedule.Byday))
        {
            // A rule without days: every day of the week.
            return true;
        }

        foreach (var raw in schedule.Byday.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.Length < 2 || Day(raw[^2..]) is not { } day || day != date.DayOfWeek)
            {
                continue;
            }

            var ordinalText = raw[..^2];
            if (ordinalText.Length == 0)
            {
                return true;
            }

            if (!int.TryParse(ordinalText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ordinal))
            {
                continue;
            }

            if (ordinal > 0 && ((date.Day - 1) / 7) + 1 == ordinal)
            {
                return true;
            }

            if (ordinal < 0 && ((DateTime.DaysInMonth(date.Year, date.Month) - date.Day) / 7) + 1 == -ordinal)
            {
                return true;
            }
        }

        return false;
    }

    private static DayOfWeek? Day(string code) => code.ToUpperInvariant() switch
    {
        "MO" => DayOfWeek.Monday,
        "TU" => DayOfWeek.Tuesday,
        "WE" => DayOfWeek.Wednesday,
        "TH" => DayOfWeek.Thursday,
        "FR" => DayOfWeek.Friday,
        "SA" => DayOfWeek.Saturday,
        "SU" => DayOfWeek.Sunday,
        _ => null,
    };

    private static bool TryParse(string? value, out TimeSpan time) =>
        TimeSpan.TryParseExact(value, [@"hh\:mm", @"hh\:mm\:ss", @"h\:mm"], CultureInfo.InvariantCulture, out time);
}
