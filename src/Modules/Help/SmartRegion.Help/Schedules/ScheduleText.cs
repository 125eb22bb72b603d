using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Resources;

namespace SmartRegion.Help.Schedules;

/// <summary>
/// Opening rules in plain words: „Montag bis Freitag, 9:00–12:00 Uhr“, „jeden 2. und 4. Donnerstag im Monat,
/// 14:00–16:30 Uhr“, „rund um die Uhr“, „nach Vereinbarung“. Weekday names come from the culture, phrases from the
/// resources.
/// </summary>
internal static class ScheduleText
{
    // Monday first, as people in Germany read a week.
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Describe(OpeningRule rule, IStringLocalizer<HelpText> text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(text);
        if (rule.Parse() is not { } timed)
        {
            return rule.Description is { } description && description.Contains("Vereinbarung", StringComparison.OrdinalIgnoreCase)
                ? text["Hours.ByAppointment"]
                : rule.Description ?? text["Hours.ByAppointment"];
        }

        if (timed.IsAroundTheClock)
        {
            return text["Hours.AroundTheClock"];
        }

        var days = timed.Days.Any(d => d.Ordinal is not null) ? Monthly(timed.Days, text, culture) : Weekly(timed.Days, text, culture);
        var time = text[timed.IsOvernight ? "Hours.TimeOvernight" : "Hours.Time", Clock(timed.Opens), Clock(timed.Closes)];
        return text["Hours.Line", days, time];
    }

    private static string Weekly(IReadOnlyList<RuleDay> days, IStringLocalizer<HelpText> text, CultureInfo culture)
    {
        var set = days.Select(d => d.Day).ToHashSet();
        if (set.Count == 7)
        {
            return text["Hours.Daily"];
        }

        // Runs of three or more neighbouring days read as a range: "Montag bis Freitag".
        var parts = new List<string>();
        var i = 0;
        while (i < Week.Length)
        {
            if (!set.Contains(Week[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < Week.Length && set.Contains(Week[end + 1]))
            {
                end++;
            }

            if (end - i >= 2)
            {
                parts.Add(text["Hours.Range", Name(Week[i], culture), Name(Week[end], culture)]);
            }
            else
            {
                for (var d = i; d <= end; d++)
                {
                    parts.Add(Name(Week[d], culture));
                }
            }

            i = end + 1;
        }

        return Join(parts, text);
    }

    private static string Monthly(IReadOnlyList<RuleDay> days, IStringLocalizer<HelpText> text, CultureInfo culture)
    {
        var parts = days.GroupBy(d => d.Day)
            .OrderBy(g => Array.IndexOf(Week, g.Key))
            .Select(g =>
            {
                var ordinals = g.Select(d => d.Ordinal ?? 0).Distinct().OrderBy(n => n < 0 ? 10 - n : n)
                    .Select(n => n < 0 ? text["Hours.OrdinalLast"].Value : text["Hours.Ordinal" + n.ToString(CultureInfo.InvariantCulture)].Value)
                    .ToList();
                return text["Hours.MonthlyDay", Join(ordinals, text), Name(g.Key, culture)].Value;
            })
            .ToList();
        return text["Hours.Monthly", Join(parts, text)];
    }

    private static string Join(IReadOnlyList<string> parts, IStringLocalizer<HelpText> text) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " " + text["Hours.And"] + " " + parts[^1],
    };

    private static string Name(DayOfWeek day, CultureInfo culture) => culture.DateTimeFormat.GetDayName(day);

    private static string Clock(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}");
}
