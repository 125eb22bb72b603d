namespace SmartRegion.Kernel.Seeding;

/// <summary>The <c>Seeding</c> section.</summary>
public sealed class SeedingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Seeding";

    /// <summary>Seed demo content; defaults to on for the embedded (SQLite) profile and off for PostgreSQL.</summary>
    public bool? Demo { get; set; }

    /// <summary>
    /// Seed the demo content right after the start instead of before it (default on): the platform takes visitors
    /// while the demo offers and datasets are written, and <c>/health/ready</c> says „Degraded“ until they are there.
    /// The <c>migrate</c> command always seeds before it exits.
    /// </summary>
    public bool DemoInBackground { get; set; } = true;
}
