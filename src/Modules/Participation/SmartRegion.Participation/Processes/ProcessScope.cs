using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Participation.Processes;

/// <summary>
/// Who runs which process: staff and admins of the process's municipality, and region admins; processes of the whole
/// region only region admins.
/// </summary>
internal static class ProcessScope
{
    public static bool CanRun(this ICurrentPerson person, string? municipalityAgs) =>
        municipalityAgs is null ? person.IsSignedIn && person.IsRegionAdmin : person.CanActFor(municipalityAgs, HubRoles.Staff);

    /// <summary>The municipalities whose processes the person runs; null means all (region admins).</summary>
    public static IReadOnlyList<string>? RunMunicipalities(this ICurrentPerson person) => person.MunicipalitiesFor(HubRoles.Staff);

    /// <summary>True when the person runs processes anywhere.</summary>
    public static bool RunsAny(this ICurrentPerson person) => person.IsSignedIn && RunMunicipalities(person) is not { Count: 0 };
}
