namespace SmartRegion.Ui.Navigation;

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
