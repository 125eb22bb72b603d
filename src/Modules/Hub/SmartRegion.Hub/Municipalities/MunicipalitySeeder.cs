using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Seeding;

namespace SmartRegion.Hub.Municipalities;

/// <summary>Keeps the municipalities table equal to the region's reference list (reference data, every profile).</summary>
internal sealed class MunicipalitySeeder(HubDb db) : ISeeder
{
    public bool IsDemo => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Municipalities.ToDictionaryAsync(m => m.Ags, cancellationToken);
        foreach (var municipality in MunicipalityCsv.ReadEmbedded())
        {
            if (existing.TryGetValue(municipality.Ags, out var stored))
            {
                stored.UpdateFrom(municipality);
            }
            else
            {
                db.Municipalities.Add(municipality);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
