namespace SmartRegion.Hub.Contracts;

/// <summary>Role names carried in a person's claims.</summary>
public static class HubRoles
{
    /// <summary>Administers the whole region.</summary>
    public const string RegionAdmin = "region-admin";
}
