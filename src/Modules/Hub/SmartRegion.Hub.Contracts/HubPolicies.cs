namespace SmartRegion.Hub.Contracts;

/// <summary>Authorization policy names the Hub defines for every module.</summary>
public static class HubPolicies
{
    /// <summary>Any signed-in person.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Region administrators: see and manage everything across the region.</summary>
    public const string RegionAdmin = "region-admin";
}
