namespace SmartRegion.Ui.Privacy;

/// <summary>
/// A cookie the platform may set, declared by the part that sets it, so the privacy page lists every cookie of the
/// modules present — and no more.
/// </summary>
/// <param name="Name">The cookie's name as the browser shows it.</param>
/// <param name="TextSource">Resource marker type whose resources hold the texts.</param>
/// <param name="PurposeKey">Resource key: what the cookie is for.</param>
/// <param name="LifetimeKey">Resource key: how long it lives.</param>
public sealed record CookieNotice(string Name, Type TextSource, string PurposeKey, string LifetimeKey);
