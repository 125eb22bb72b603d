namespace SmartRegion.Hub.Roles;

/// <summary>Roles that are granted explicitly; "resident" is every signed-in person and needs no grant.</summary>
internal enum HubRole
{
    Staff,
    Moderator,
    MunicipalityAdmin,
    RegionAdmin,
}
