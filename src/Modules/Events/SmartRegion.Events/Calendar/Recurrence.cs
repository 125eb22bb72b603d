using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using SmartRegion.Kernel.Time;

namespace SmartRegion.Events.Calendar;

/// <summary>
/// Turns a series (first date, an RFC 5545 RRULE, exception days, and whether public holidays are left out) into its
/// dates. The rule is read and expanded by Ical.Net, lazily, so a rule that would give 100,000 dates is refused after
/// <see cref="MaxDates"/> + 1 without building the rest.
/// </summary>
internal static class Recurrence
{
    public const int MaxDates = 366;

    public const string Zone = "Europe/Berlin";

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(Zone);

    internal sealed record Result(IReadOnlyList<(DateTimeOffset Starts, DateTimeOffset Ends)> Dates, string? Error);

    /// <summary>Expands the series; <see cref="Result.Error"/> is <c>rule</c> (unreadable) or <c>too-many</c>.</summary>
    public static Result Expand(DateTime localStart, TimeSpan duration, string? rule, IReadOnlyCollection<DateOnly> exceptions, bool skipHolidays)
    {
        var first = ToUtc(localStart);
        if (string.IsNullOrWhiteSpace(rule))
        {
            return new([(first, first + duration)], null);
        }

        var text = rule.Trim();
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[6..];
        }

        RecurrencePattern pattern;
        try
        {
            pattern = new RecurrencePattern(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return new([], "rule");
        }

        var series = new CalendarEvent { DtStart = new CalDateTime(localStart, Zone), Duration = Duration.FromTimeSpanExact(duration), RecurrenceRule = pattern };
        var dates = new List<(DateTimeOffset, DateTimeOffset)>();
        try
        {
            // The evaluation stops on its own when a rule finds no date for a long while (e.g. 30 February).
            foreach (var occurrence in series.GetOccurrences(null, new EvaluationOptions { MaxUnmatchedIncrementsLimit = 10_000 }))
            {
                var start = ToUtc(occurrence.Period.StartTime.Value);
                var day = DateOnly.FromDateTime(occurrence.Period.StartTime.Value);
                if (exceptions.Contains(day) || (skipHolidays && BavarianHolidays.IsHoliday(day)))
                {
                    continue;
                }

                if (dates.Count == MaxDates)
                {
                    return new([], "too-many");
                }

                dates.Add((start, start + duration));
            }
        }
        catch (Exception e) when (e is EvaluationLimitExceededException or EvaluationOutOfRangeException)
        {
            return new([], "rule");
        }
        catch (ArgumentException)
        {
            return new([], "rule");
        }

        return new(dates, null);
    }

    public static DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Berlin.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Berlin).DateTime;
}
