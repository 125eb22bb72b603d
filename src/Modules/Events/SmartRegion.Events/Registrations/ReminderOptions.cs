namespace SmartRegion.Events.Registrations;

/// <summary>The <c>Modules:Events:Reminders</c> section: when the reminder before a date goes out.</summary>
internal sealed class ReminderOptions
{
    public const string Section = "Modules:Events:Reminders";

    /// <summary>How many hours before a date starts its confirmed registrations are reminded.</summary>
    public int HoursBefore { get; set; } = 24;

    public bool IsValid => HoursBefore is >= 1 and <= 24 * 14;

    public TimeSpan Window => TimeSpan.FromHours(HoursBefore);
}
