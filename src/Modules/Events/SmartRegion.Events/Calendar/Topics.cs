namespace SmartRegion.Events.Calendar;

/// <summary>The topics the calendar filters by.</summary>
internal static class Topics
{
    public const string Community = "community";
    public const string Culture = "culture";
    public const string Training = "training";
    public const string Participation = "participation";
    public const string Sports = "sports";
    public const string Family = "family";
    public const string Environment = "environment";

    public static readonly IReadOnlyList<string> All = [Community, Culture, Training, Participation, Sports, Family, Environment];
}
