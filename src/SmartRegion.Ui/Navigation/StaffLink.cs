namespace SmartRegion.Ui.Navigation;

/// <summary>A staff page under <c>/verwaltung</c> that the current person may use, with its link text in the page's language.</summary>
/// <param name="Href">Local path of the page.</param>
/// <param name="Text">The link text, the same as the page's title.</param>
public sealed record StaffLink(string Href, string Text);
