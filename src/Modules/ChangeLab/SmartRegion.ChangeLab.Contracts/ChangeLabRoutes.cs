namespace SmartRegion.ChangeLab.Contracts;

/// <summary>Paths of the Change Lab pages that other modules link to.</summary>
public static class ChangeLabRoutes
{
    /// <summary>The co-working space of the administration: rooms, desks and equipment to book (staff, signed in).</summary>
    public const string Workspace = "/change-lab";

    /// <summary>The public progress board of the smart region's measures.</summary>
    public const string Progress = "/fortschritt";
}
