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

    /// <summary>
    /// The modules whose demo content is seeded (<c>Hub</c>, <c>Help</c>, …, the name after <c>SmartRegion.</c> of the
    /// module's assembly); empty (the default): every module's. Reference data is seeded for every module regardless.
    /// </summary>
    public string[] DemoModules { get; set; } = [];

    /// <summary>True when <paramref name="seeder"/> runs: reference data always, demo content of the modules in <see cref="DemoModules"/>.</summary>
    public bool Runs(ISeeder seeder)
    {
        ArgumentNullException.ThrowIfNull(seeder);
        if (!seeder.IsDemo || DemoModules.Length == 0)
        {
            return true;
        }

        var assembly = seeder.GetType().Assembly.GetName().Name ?? "";
        var module = assembly.StartsWith("SmartRegion.", StringComparison.Ordinal) ? assembly["SmartRegion.".Length..] : assembly;
        return DemoModules.Contains(module, StringComparer.OrdinalIgnoreCase);
    }
}
