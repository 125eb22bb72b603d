namespace SmartRegion.Kernel.Seeding;

/// <summary>The <c>Seeding</c> section.</summary>
public sealed class SeedingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Seeding";

    /// <summary>Seed demo content; defaults to on for the embedded (SQLite) profile and off for PostgreSQL.</summary>
    public bool? Demo { get; set; }
}
