namespace SmartRegion.Ui.Navigation;

/// <summary>A staff page under <c>/verwaltung</c> that the current person may use, with its link text in the page's language.</summary>
/// <param name="Href">Local path of the page.</param>
/// <param name="Text">The link text, the same as the page's title.</param>
public sealed record StaffLink(string Href, string Text);

/// <summary>
/// The staff pages the person of the current request may use, in order: the entries the modules registered, filtered by
/// the person's roles and municipalities. The accounts module provides it (it knows people and roles); the staff area
/// lists these links and the breadcrumbs of every staff page name the page's parents from them.
/// </summary>
public interface IStaffNavigation
{
    /// <summary>The links, lowest order first; empty for anonymous people and for accounts without staff work.</summary>
    IReadOnlyList<StaffLink> Links { get; }
}

/// <summary>Addresses of the staff area.</summary>
public static class StaffArea
{
    /// <summary>The staff area's start page.</summary>
    public const string Root = "/verwaltung";

    /// <summary>True for the staff area's start page and every page below it.</summary>
    public static bool Contains(string path) =>
        path == Root || path.StartsWith(Root + "/", StringComparison.Ordinal);
}
