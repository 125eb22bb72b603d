using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Providers;

/// <summary>
/// The HSDS organizations a person may link to Hub organisations (all for region admins, those with a service in their
/// municipality for municipality admins), by name, with the Hub organisation each is linked to.
/// </summary>
internal static class ListProviders
{
    internal sealed record Item(string OrganizationId, string Name, Guid? HubOrganisationId, string? HubOrganisationName);

    public static async Task<Outcome<IReadOnlyList<Item>>> ExecuteAsync(
        ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        if (!LinkProvider.MaySeeList(person))
        {
            return Outcome<IReadOnlyList<Item>>.Forbidden(text["Link.Forbidden"]);
        }

        var query = db.Organizations.AsNoTracking();
        if (!person.IsRegionAdmin)
        {
            var mine = person.MunicipalitiesWhere(HubRoles.MunicipalityAdmin).ToList();
            query = query.Where(o => db.Services.Any(s => s.OrganizationId == o.Id && s.Municipalities.Any(m => mine.Contains(m.Ags))));
        }

        var rows = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name, o.HubOrganisationId }).ToListAsync(ct);
        var items = new List<Item>(rows.Count);
        foreach (var row in rows)
        {
            var hub = row.HubOrganisationId is { } id ? await organisations.FindAsync(new OrganisationId(id), ct) : null;
            items.Add(new Item(row.Id, row.Name, row.HubOrganisationId, hub?.Name));
        }

        return Outcome<IReadOnlyList<Item>>.Ok(items);
    }
}
