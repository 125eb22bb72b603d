using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Help.Providers;

/// <summary>Who keeps an offer: the members of the Hub organisation linked to the offer's HSDS organization.</summary>
internal static class OfferOwnership
{
    /// <summary>The Hub organisation behind an HSDS organization, when the person is one of its members; otherwise null.</summary>
    public static async Task<Guid?> MemberOrganisationAsync(
        HelpDb db, string organizationId, ICurrentPerson person, IOrganisationDirectory organisations, CancellationToken ct)
    {
        if (person.Id is not { } personId)
        {
            return null;
        }

        var hub = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.HubOrganisationId).FirstOrDefaultAsync(ct);
        return hub is { } id && await organisations.IsMemberAsync(personId, new OrganisationId(id), ct) ? id : null;
    }

    /// <summary>The HSDS organizations whose offers the person keeps, with the Hub organisation each is linked to.</summary>
    public static async Task<IReadOnlyList<(string OrganizationId, string Name, Guid HubOrganisationId)>> ForPersonAsync(
        HelpDb db, ICurrentPerson person, IOrganisationDirectory organisations, CancellationToken ct)
    {
        if (person.Id is not { } personId)
        {
            return [];
        }

        var mine = (await organisations.ListForPersonAsync(personId, ct)).Select(o => o.Id.Value).ToList();
        if (mine.Count == 0)
        {
            return [];
        }

        var rows = await db.Organizations.AsNoTracking()
            .Where(o => o.HubOrganisationId != null && mine.Contains(o.HubOrganisationId.Value))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, Hub = o.HubOrganisationId!.Value }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, r.Name, r.Hub))];
    }
}
