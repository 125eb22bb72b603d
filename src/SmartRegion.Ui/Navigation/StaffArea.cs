namespace SmartRegion.Ui.Navigation;

/// <summary>Addresses of the staff area.</summary>
public static class StaffArea
{
    /// <summary>The staff area's start page.</summary>
    public const string Root = "/verwaltung";

    /// <summary>True for the staff area's start page and every page below it.</summary>
    public static bool Contains(string path) =>
        path == Root || path.StartsWith(Root + "/", StringComparison.Ordinal);
}
