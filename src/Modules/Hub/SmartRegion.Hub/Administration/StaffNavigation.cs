using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.Hub.Administration;

/// <summary>
/// The staff pages of the current person: every administration link a module registered (<see cref="AccountLink"/> with
/// <c>IsAdministration</c>) whose rule admits the person, worked out once per request.
/// </summary>
internal sealed class StaffNavigation(IEnumerable<AccountLink> links, ICurrentPerson person, IStringLocalizerFactory localizers) : IStaffNavigation
{
    private IReadOnlyList<StaffLink>? _links;

    public IReadOnlyList<StaffLink> Links => _links ??= person.IsSignedIn
        ? [.. links.Where(l => l.IsAdministration && (l.IsFor is null || l.IsFor(person)))
            .OrderBy(l => l.Order)
            .Select(l => new StaffLink(l.Href, localizers.Create(l.TextSource)[l.TextKey]))]
        : [];
}
