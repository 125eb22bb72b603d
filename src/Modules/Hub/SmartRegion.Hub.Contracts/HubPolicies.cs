namespace SmartRegion.Hub.Contracts;

/// <summary>Authorization policy names the Hub defines for every module.</summary>
public static class HubPolicies
{
    /// <summary>Any signed-in person.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Region administrators: see and manage everything across the region.</summary>
    public const string RegionAdmin = "region-admin";

    /// <summary>
    /// Municipality admins (of at least one municipality) and region admins: may open the administration of roles.
    /// Which municipality they may act for is checked per request, with <see cref="MunicipalityScopeRequirement"/>
    /// or <see cref="MunicipalityScope"/>.
    /// </summary>
    public const string MunicipalityAdmin = "municipality-admin";

    /// <summary>
    /// Resource policy: evaluated with a municipality's AGS as the resource
    /// (<c>IAuthorizationService.AuthorizeAsync(user, ags, HubPolicies.AdministersMunicipality)</c>); met by the
    /// municipality admins of that municipality and by region admins.
    /// </summary>
    public const string AdministersMunicipality = "administers-municipality";
}
