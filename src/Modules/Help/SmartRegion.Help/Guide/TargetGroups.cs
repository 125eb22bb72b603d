namespace SmartRegion.Help.Guide;

/// <summary>„Für wen suchen Sie Hilfe?“: the answers of the guide; except „myself“ they are the search's <c>target_group</c> values.</summary>
internal static class TargetGroups
{
    public const string Myself = "ich";
    public const string Child = "kinder";
    public const string Older = "senioren";
    public const string Relative = "angehoerige";

    public static readonly IReadOnlyList<string> All = [Myself, Child, Older, Relative];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal);
}
