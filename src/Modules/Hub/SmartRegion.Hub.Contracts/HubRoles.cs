namespace SmartRegion.Hub.Contracts;

/// <summary>Role names carried in a person's claims.</summary>
public static class HubRoles
{
    /// <summary>Every signed-in person.</summary>
    public const string Resident = "resident";

    /// <summary>Staff of a municipality (scoped).</summary>
    public const string Staff = "staff";

    /// <summary>Moderates contributions in a municipality (scoped).</summary>
    public const string Moderator = "moderator";

    /// <summary>Administers a municipality: assigns its staff and moderators (scoped).</summary>
    public const string MunicipalityAdmin = "municipality-admin";

    /// <summary>Administers the whole region: assigns municipality admins.</summary>
    public const string RegionAdmin = "region-admin";

    /// <summary>Belongs to at least one organisation (provider, club, office); unscoped.</summary>
    public const string OrganisationMember = "organisation-member";

    /// <summary>Claim type of a scoped role: the value is <c>role@AGS</c>, e.g. <c>staff@09679147</c>.</summary>
    public const string ScopeClaim = "sr_scope";
}
