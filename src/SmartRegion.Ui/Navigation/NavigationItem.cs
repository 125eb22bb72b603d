namespace SmartRegion.Ui.Navigation;

/// <summary>
/// An entry of the main navigation, added by the module that owns the page it links to. The home page lists the same
/// entries under „Das finden Sie schon hier“, and leaves the entry's <paramref name="Measure"/> out of „Was noch kommt“,
/// so the home page follows what is actually installed.
/// </summary>
/// <param name="Href">Local path of the page.</param>
/// <param name="TextSource">Resource marker type whose resources hold the link text.</param>
/// <param name="TextKey">Resource key of the link text.</param>
/// <param name="Order">Position; lower comes first.</param>
/// <param name="DescriptionKey">Resource key (in <paramref name="TextSource"/>) of the one-line description on the home page; null: the link text.</param>
/// <param name="Measure">The programme measure this page delivers (one of <see cref="Measures"/>), or null.</param>
public sealed record NavigationItem(string Href, Type TextSource, string TextKey, int Order, string? DescriptionKey = null, string? Measure = null);
