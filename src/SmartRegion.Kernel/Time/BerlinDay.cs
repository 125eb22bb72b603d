namespace SmartRegion.Kernel.Time;

/// <summary>Days and times people see are in Europe/Berlin; instants are stored in UTC.</summary>
public static class BerlinDay
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>The instant (UTC) at which the day begins in Europe/Berlin.</summary>
    public static DateTimeOffset Start(DateOnly day) => At(day, TimeOnly.MinValue);

    /// <summary>The instant (UTC) of a local time on a day in Europe/Berlin.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        // Stored as UTC: PostgreSQL keeps instants without their offset and refuses any other.
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The day in Europe/Berlin of an instant.</summary>
    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The time of day in Europe/Berlin of an instant.</summary>
    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
