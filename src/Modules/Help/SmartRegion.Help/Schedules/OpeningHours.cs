namespace SmartRegion.Help.Schedules;

/// <summary>Whether a place is open now: „jetzt geöffnet“, „jetzt geschlossen“, or unknown (by appointment, no hours).</summary>
internal enum OpenState
{
    Unknown,
    Open,
    Closed,
}

/// <summary>
/// Opening hours of a service at a location, evaluated in Europe/Berlin (the data holds local wall-clock times without
/// an offset, because of summer time). Give it the instant from <see cref="TimeProvider"/>.
/// </summary>
internal static class OpeningHours
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>The local wall-clock time in Europe/Berlin at the instant.</summary>
    public static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Berlin).DateTime;

    /// <summary>Open when any rule is open; closed when the rules have times but none is open; otherwise unknown.</summary>
    public static OpenState StateAt(IEnumerable<OpeningRule> rules, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var local = LocalTime(instant);
        var timed = false;
        foreach (var rule in rules)
        {
            if (rule.Parse() is not { } parsed)
            {
                continue;
            }

            timed = true;
            if (parsed.IsOpenAt(local))
            {
                return OpenState.Open;
            }
        }

        return timed ? OpenState.Closed : OpenState.Unknown;
    }
}
