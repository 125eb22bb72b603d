namespace SmartRegion.Ui.Navigation;

/// <summary>An entry of the main navigation, added by the module that owns the page it links to.</summary>
/// <param name="Href">Local path of the page.</param>
/// <param name="TextSource">Resource marker type whose resources hold the link text.</param>
/// <param name="TextKey">Resource key of the link text.</param>
/// <param name="Order">Position; lower comes first.</param>
public sealed record NavigationItem(string Href, Type TextSource, string TextKey, int Order);
