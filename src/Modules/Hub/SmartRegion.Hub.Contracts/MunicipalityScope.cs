using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Hub.Contracts;

/// <summary>
/// Checks of a person's reach in the region, for modules that scope content to municipalities: staff of Höchberg
/// act for Höchberg only; region admins act everywhere.
/// </summary>
public static class MunicipalityScope
{
    /// <summary>True when the person holds any of <paramref name="roles"/> for the municipality, or is a region admin.</summary>
    /// <param name="person">The current person.</param>
    /// <param name="municipalityAgs">The AGS of the municipality the record belongs to.</param>
    /// <param name="roles">Scoped roles that suffice (see <see cref="HubRoles"/>); a municipality admin counts for every role.</param>
    public static bool CanActFor(this ICurrentPerson person, string municipalityAgs, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(roles);
        if (!person.IsSignedIn || string.IsNullOrEmpty(municipalityAgs))
        {
            return false;
        }

        return person.IsRegionAdmin
            || person.HasRoleIn(HubRoles.MunicipalityAdmin, municipalityAgs)
            || roles.Any(role => person.HasRoleIn(role, municipalityAgs));
    }

    /// <summary>True when the person administers the municipality (municipality admin there, or region admin).</summary>
    public static bool Administers(this ICurrentPerson person, string municipalityAgs) =>
        person.CanActFor(municipalityAgs, HubRoles.MunicipalityAdmin);

    /// <summary>
    /// The municipalities the person may act for with any of <paramref name="roles"/>, for filtering lists;
    /// null means all of them (region admins).
    /// </summary>
    public static IReadOnlyList<string>? MunicipalitiesFor(this ICurrentPerson person, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(roles);
        if (person.IsRegionAdmin)
        {
            return null;
        }

        return [.. roles.Append(HubRoles.MunicipalityAdmin).SelectMany(person.MunicipalitiesWhere).Distinct(StringComparer.Ordinal)];
    }
}
