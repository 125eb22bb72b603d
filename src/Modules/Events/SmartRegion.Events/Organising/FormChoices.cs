using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Events.Organising;

/// <summary>
/// What the organiser's form offers: the municipalities the person acts for (through a staff role or an organisation's
/// home), the person's organisations, and the places of those municipalities. The slices check the choice again.
/// </summary>
internal sealed record FormChoices(
    IReadOnlyList<(string Value, string Text)> Municipalities, IReadOnlyList<(string Value, string Text)> Organisations,
    IReadOnlyList<(string Id, string Name, string Group)> Places)
{
    public static async Task<FormChoices> LoadAsync(
        ICurrentPerson person, IOrganisationDirectory organisations, IMunicipalityDirectory municipalities, EventsDb db, string municipalityItself,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(municipalities);
        var mine = person.Id is { } who ? await organisations.ListForPersonAsync(who, cancellationToken) : [];
        var staff = person.MunicipalitiesFor(HubRoles.Staff);
        var all = await municipalities.ListAsync(cancellationToken);
        // An organisation without a home municipality may run events anywhere, like a region admin.
        var fitting = staff is null || mine.Any(o => o.MunicipalityAgs is null)
            ? all
            : [.. all.Where(m => staff.Contains(m.Ags) || mine.Any(o => o.MunicipalityAgs == m.Ags))];
        var names = fitting.ToDictionary(m => m.Ags, m => m.Name);
        var agsList = names.Keys.ToList();
        var places = await db.Places.AsNoTracking().Where(p => agsList.Contains(p.MunicipalityAgs)).Select(p => new { p.Id, p.Name, p.MunicipalityAgs }).ToListAsync(cancellationToken);
        return new FormChoices(
            [.. fitting.OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => (m.Ags, m.Name))],
            [("", municipalityItself), .. mine.Select(o => (o.Id.Value.ToString(), o.Name))],
            [.. places.OrderBy(p => names[p.MunicipalityAgs], StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture)
                .Select(p => (p.Id.ToString(), p.Name, names[p.MunicipalityAgs]))]);
    }
}
