using System.Globalization;
using SmartRegion.Help.Hsds;

namespace SmartRegion.Help.Schedules;

/// <summary>
/// One opening rule of a service at a location, as the German profile stores HSDS schedules: RRULE-style
/// <c>freq</c> (<c>WEEKLY</c>, <c>MONTHLY</c>, <c>DAILY</c>) and <c>byday</c> (<c>MO,TU</c>; <c>2TH,4TH</c> = 2nd and 4th
/// Thursday; <c>-1SU</c> = last Sunday), local wall-clock <c>opens_at</c>/<c>closes_at</c> in Europe/Berlin, or only a
/// description („Termine nach Vereinbarung“).
/// </summary>
internal sealed record OpeningRule(string? Freq, string? Byday, string? OpensAt, string? ClosesAt, string? Description = null, string? Notes = null)
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>The rule of an HSDS schedule record.</summary>
    public static OpeningRule From(HsdsSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new(schedule.Freq, schedule.Byday, schedule.OpensAt, schedule.ClosesAt, schedule.Description, schedule.Notes);
    }

    /// <summary>The rule as days and times, or null when it has none that can be computed (e.g. by appointment only).</summary>
    public TimedRule? Parse()
    {
        if (!TryParseTime(OpensAt, out var opens) || !TryParseTime(ClosesAt, out var closes))
        {
            return null;
        }

        // 23:59 is how the data says "until midnight" (00:00–23:59 on every day is around the clock).
        if (closes == new TimeSpan(23, 59, 0))
        {
            closes = TimeSpan.FromHours(24);
        }

        var freq = Freq?.Trim().ToUpperInvariant();
        var days = new List<RuleDay>();
        if (freq == "DAILY" && string.IsNullOrWhiteSpace(Byday))
        {
            days.AddRange(Enum.GetValues<DayOfWeek>().Select(d => new RuleDay(d, null)));
        }
        else if (freq is "WEEKLY" or "MONTHLY" or "DAILY" && !string.IsNullOrWhiteSpace(Byday))
        {
            foreach (var part in Byday.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (part.Length < 2 || Array.IndexOf(DayCodes, part[^2..].ToUpperInvariant()) is var index && index < 0)
                {
                    return null;
                }

                int? ordinal = null;
                if (part.Length > 2)
                {
                    if (freq != "MONTHLY" || !int.TryParse(part[..^2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n is 0 or > 5 or < -5)
                    {
                        return null;
                    }

                    ordinal = n;
                }

                days.Add(new RuleDay((DayOfWeek)index, ordinal));
            }
        }
        else
        {
            return null;
        }

        return days.Count == 0 ? null : new TimedRule(days, opens, closes);
    }

    private static bool TryParseTime(string? value, out TimeSpan time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var parts = value.Trim().Split(':');
        if (parts.Length is < 2 or > 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours is > 24 || minutes is > 59 || (hours == 24 && minutes > 0))
        {
            return false;
        }

        time = new TimeSpan(hours, minutes, 0);
        return true;
    }
}

/// <summary>A weekday of a rule; <see cref="Ordinal"/> is the week of the month for monthly rules (1–5, or −1 for the last).</summary>
internal sealed record RuleDay(DayOfWeek Day, int? Ordinal);

/// <summary>A rule with days and times. When <see cref="Closes"/> is not after <see cref="Opens"/>, it runs past midnight.</summary>
internal sealed record TimedRule(IReadOnlyList<RuleDay> Days, TimeSpan Opens, TimeSpan Closes)
{
    /// <summary>Open all day on every day of the week.</summary>
    public bool IsAroundTheClock =>
        Opens == TimeSpan.Zero && Closes == TimeSpan.FromHours(24)
        && Days.All(d => d.Ordinal is null) && Days.Select(d => d.Day).Distinct().Count() == 7;

    /// <summary>Runs past midnight into the next day (e.g. 19:00–08:00).</summary>
    public bool IsOvernight => Closes <= Opens;

    /// <summary>True when the rule is open at the local wall-clock time.</summary>
    public bool IsOpenAt(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var time = local.TimeOfDay;
        if (!IsOvernight)
        {
            return AppliesOn(date) && time >= Opens && time < Closes;
        }

        return (AppliesOn(date) && time >= Opens) || (AppliesOn(date.AddDays(-1)) && time < Closes);
    }

    /// <summary>True when the rule's opening starts on that day.</summary>
    public bool AppliesOn(DateOnly date) => Days.Any(d => d.Day == date.DayOfWeek && d.Ordinal switch
    {
        null => true,
        > 0 and var n => (date.Day - 1) / 7 + 1 == n,
        var n => (DateTime.DaysInMonth(date.Year, date.Month) - date.Day) / 7 + 1 == -n,
    });
}
