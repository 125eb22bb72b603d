using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Seeding;

namespace SmartRegion.Help.Hsds;

/// <summary>
/// Fills an empty directory with the fictional demo offers (<c>Hsds/Seed/offers.json</c>), through the same import
/// as every HSDS file. Demo content: only where demo seeding is on; skipped once the directory has services.
/// </summary>
internal sealed class DemoOffersSeeder(HelpDb db, HsdsSchemas schemas, IMunicipalityDirectory municipalities, TimeProvider time) : ISeeder
{
    public const string ResourceName = "SmartRegion.Help.offers.json";

    public bool IsDemo => true;

    public static byte[] ReadEmbedded()
    {
        using var stream = typeof(DemoOffersSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Services.AnyAsync(cancellationToken))
        {
            return;
        }

        var outcome = await HsdsImport.SeedAsync(ReadEmbedded(), db, schemas, municipalities, time, cancellationToken);
        if (!outcome.IsOk || outcome.Value!.Rejected > 0)
        {
            var problems = outcome.Value?.Problems.Select(p => $"{p.Path}: {p.Reason}") ?? outcome.Errors.SelectMany(e => e.Value);
            throw new InvalidOperationException("The demo offers do not import cleanly: " + string.Join("; ", problems.Take(10)));
        }
    }
}
