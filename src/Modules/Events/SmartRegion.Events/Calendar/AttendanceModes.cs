namespace SmartRegion.Events.Calendar;

/// <summary>How people take part; the names match schema.org's <c>eventAttendanceMode</c>.</summary>
internal static class AttendanceModes
{
    public const string InPerson = "in-person";
    public const string Online = "online";
    public const string Hybrid = "hybrid";

    public static readonly IReadOnlyList<string> All = [InPerson, Online, Hybrid];

    public static bool HasPlace(string mode) => mode is InPerson or Hybrid;

    public static bool IsOnline(string mode) => mode is Online or Hybrid;

    public static string SchemaOrg(string mode) => mode switch
    {
        Online => "https://schema.org/OnlineEventAttendanceMode",
        Hybrid => "https://schema.org/MixedEventAttendanceMode",
        _ => "https://schema.org/OfflineEventAttendanceMode",
    };
}
