using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Events.Calendar;

/// <summary>
/// Who organises an event: staff and admins of its municipality and region admins; and, for an event run by a Hub
/// organisation, that organisation's members.
/// </summary>
internal static class EventScope
{
    public static async Task<bool> CanOrganiseAsync(
        this ICurrentPerson person, string municipalityAgs, Guid? organisationId, IOrganisationDirectory organisations, CancellationToken cancellationToken)
    {
        if (!person.IsSignedIn)
        {
            return false;
        }

        if (person.CanActFor(municipalityAgs, HubRoles.Staff))
        {
            return true;
        }

        return organisationId is { } org && person.Id is { } who && await organisations.IsMemberAsync(who, new OrganisationId(org), cancellationToken);
    }

    public static Task<bool> CanOrganiseAsync(this ICurrentPerson person, Event item, IOrganisationDirectory organisations, CancellationToken cancellationToken) =>
        person.CanOrganiseAsync(item.MunicipalityAgs, item.OrganisationId, organisations, cancellationToken);
}
