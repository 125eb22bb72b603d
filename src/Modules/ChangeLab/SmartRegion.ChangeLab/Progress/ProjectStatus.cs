namespace SmartRegion.ChangeLab.Progress;

/// <summary>Where a project stands.</summary>
internal static class ProjectStatus
{
    public const string Planned = "planned";
    public const string Running = "running";
    public const string Done = "done";

    public static IReadOnlyList<string> All { get; } = [Planned, Running, Done];
}
