namespace SmartRegion.Ui.Navigation;

/// <summary>
/// A page in Leichte Sprache about one area of the platform, added by the module that owns the area, so
/// <c>/leichte-sprache</c> explains exactly what is installed and never promises more. The texts come from the module's
/// resources: <c>{KeyPrefix}.Title</c>, the sentences <c>{KeyPrefix}.S1</c> … <c>{KeyPrefix}.S{SentenceCount}</c> and the
/// link text <c>{KeyPrefix}.Link</c>.
/// </summary>
/// <param name="Slug">The page's address below <c>/leichte-sprache/</c>.</param>
/// <param name="Href">Local path of the area the page leads to.</param>
/// <param name="TextSource">Resource marker type whose resources hold the texts.</param>
/// <param name="KeyPrefix">Common start of the resource keys.</param>
/// <param name="SentenceCount">How many sentences the page has.</param>
/// <param name="Pictogram">The picture beside the title.</param>
/// <param name="Order">Position in the list; lower comes first.</param>
public sealed record EasyLanguageArea(string Slug, string Href, Type TextSource, string KeyPrefix, int SentenceCount, PictogramKind Pictogram, int Order);

/// <summary>What a person who registers can do with the account, one line each, added by the module that offers it.</summary>
/// <param name="TextSource">Resource marker type whose resources hold the line.</param>
/// <param name="TextKey">Resource key of the line.</param>
/// <param name="Order">Position in the list; lower comes first.</param>
public sealed record AccountUse(Type TextSource, string TextKey, int Order);
