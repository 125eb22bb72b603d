using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.OpenData.Datasets;

/// <summary>Who manages which datasets: staff and admins of the dataset's municipality, and region admins.</summary>
internal static class DatasetScope
{
    public static bool CanManage(this ICurrentPerson person, string municipalityAgs) =>
        person.CanActFor(municipalityAgs, HubRoles.Staff);

    /// <summary>The municipalities whose datasets the person manages; null means all (region admins).</summary>
    public static IReadOnlyList<string>? ManagedMunicipalities(this ICurrentPerson person) =>
        person.MunicipalitiesFor(HubRoles.Staff);
}
