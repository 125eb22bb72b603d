using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.ChangeLab;

/// <summary>
/// The co-working space is for the administration: staff and administrators of any municipality of the region. Approving
/// a special room is for the administrators of the municipality that runs it.
/// </summary>
internal static class ChangeLabAccess
{
    public const string StaffPolicy = "changelab-staff";

    public const string ApproverPolicy = "changelab-approver";

    public static readonly string[] StaffRoles = [HubRoles.Staff, HubRoles.MunicipalityAdmin, HubRoles.RegionAdmin];

    public static readonly string[] ApproverRoles = [HubRoles.MunicipalityAdmin, HubRoles.RegionAdmin];

    public static bool IsStaff(ICurrentPerson person) =>
        person.IsSignedIn && (person.IsRegionAdmin || person.MunicipalitiesFor(HubRoles.Staff) is not { Count: 0 });

    public static bool Approves(ICurrentPerson person, string municipalityAgs) => person.Administers(municipalityAgs);

    public static bool ApprovesAny(ICurrentPerson person) =>
        person.IsSignedIn && (person.IsRegionAdmin || person.MunicipalitiesWhere(HubRoles.MunicipalityAdmin).Count > 0);
}
