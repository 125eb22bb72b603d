namespace SmartRegion.Browser;

/// <summary>What <c>document.activeElement</c> is, and whether its focus indicator can be seen.</summary>
/// <param name="Tag">Lower-case tag name; <c>body</c> when nothing has focus.</param>
/// <param name="Id">The element's id, or empty.</param>
/// <param name="Text">Its visible text (or value), trimmed.</param>
/// <param name="Href">The <c>href</c> attribute of a link, else null.</param>
/// <param name="InMainNavigation">Whether it sits in <c>nav[aria-label="Hauptnavigation"]</c>.</param>
/// <param name="Outline">Computed outline (style, width) and box-shadow, for messages.</param>
/// <param name="FocusVisible">A non-zero outline or a box-shadow is drawn.</param>
internal sealed record FocusedElement(string Tag, string Id, string Text, string? Href, bool InMainNavigation, string Outline, bool FocusVisible)
{
    public override string ToString() => $"<{Tag}{(Id.Length > 0 ? " id=" + Id : "")}{(Href is null ? "" : " href=" + Href)}> '{Text}' [{Outline}]";
}
