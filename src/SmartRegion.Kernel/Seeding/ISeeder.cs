namespace SmartRegion.Kernel.Seeding;

/// <summary>
/// Puts a module's data into a fresh database. Reference data (the region's municipalities) is seeded in every
/// profile; demo content only where <c>Seeding:Demo</c> is on. Seeders run at every start and must be idempotent.
/// </summary>
public interface ISeeder
{
    /// <summary>True for invented demo content, false for reference data every installation needs.</summary>
    bool IsDemo { get; }

    /// <summary>Seeds what is missing.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}
