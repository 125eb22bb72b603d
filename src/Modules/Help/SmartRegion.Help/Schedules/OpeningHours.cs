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
    public static OpenState StateAt(IEnumerable<OpeningRule> rules, DateTimeOffset instant) => StateAtLocal(Compile(rules), LocalTime(instant));

    /// <summary>The rules that have days and times, read once (the search index keeps these, not the raw rules).</summary>
    public static IReadOnlyList<TimedRule> Compile(IEnumerable<OpeningRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return [.. rules.Select(r => r.Parse()).OfType<TimedRule>()];
    }

    /// <summary>Open when any rule is open at the Berlin wall-clock time; closed when none is; unknown without rules.</summary>
    public static OpenState StateAtLocal(IReadOnlyCollection<TimedRule> rules, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Count == 0 ? OpenState.Unknown : rules.Any(r => r.IsOpenAt(local)) ? OpenState.Open : OpenState.Closed;
    }
}
