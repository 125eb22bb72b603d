using SmartRegion.Hub.Contracts;

namespace SmartRegion.Hub.Roles;

internal static class HubRoleNames
{
    public static string ToClaim(this HubRole role) => role switch
    {
        HubRole.Staff => HubRoles.Staff,
        HubRole.Moderator => HubRoles.Moderator,
        HubRole.MunicipalityAdmin => HubRoles.MunicipalityAdmin,
        _ => HubRoles.RegionAdmin,
    };

    public static HubRole? Parse(string? value) => value switch
    {
        HubRoles.Staff => HubRole.Staff,
        HubRoles.Moderator => HubRole.Moderator,
        HubRoles.MunicipalityAdmin => HubRole.MunicipalityAdmin,
        HubRoles.RegionAdmin => HubRole.RegionAdmin,
        _ => null,
    };
}
