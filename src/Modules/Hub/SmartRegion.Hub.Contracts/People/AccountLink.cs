namespace SmartRegion.Hub.Contracts.People;

/// <summary>
/// A link another module adds to the account page (<c>/konto</c>), e.g. to the offers a provider keeps or to a staff
/// queue. Register as a singleton; the page lists the links whose <see cref="IsFor"/> holds for the current person.
/// </summary>
/// <param name="Href">Local path of the page.</param>
/// <param name="TextSource">Resource marker type whose resources hold the link text.</param>
/// <param name="TextKey">Resource key of the link text.</param>
/// <param name="Order">Position; lower comes first.</param>
/// <param name="IsFor">Who sees the link; null means every signed-in person.</param>
/// <param name="IsAdministration">True for staff pages: listed under the administration heading.</param>
public sealed record AccountLink(string Href, Type TextSource, string TextKey, int Order, Func<ICurrentPerson, bool>? IsFor = null, bool IsAdministration = false);
