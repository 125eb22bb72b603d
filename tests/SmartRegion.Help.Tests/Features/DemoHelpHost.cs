using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

/// <summary>A host whose help directory holds the demo offers, as a trial installation has it.</summary>
public sealed class DemoHelpHost : SmartRegionHost
{
    /// <summary>Demo seeding on; the official schema check on when the reference schemas are there.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        [Hsds.HsdsSchemas.SettingName] = HsdsStandard.FolderOrNull,
    };

    /// <summary>Runs <paramref name="query"/> on a fresh help database context.</summary>
    internal async Task<T> QueryAsync<T>(Func<HelpDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HelpDb>());
    }

    /// <summary>Row counts of the directory's main tables, to prove that nothing changed.</summary>
    internal Task<string> CountsAsync() => QueryAsync(async db =>
        $"{await db.Organizations.CountAsync()}/{await db.Services.CountAsync()}/{await db.Locations.CountAsync()}/" +
        $"{await db.ServiceAtLocations.CountAsync()}/{await db.TaxonomyTerms.CountAsync()}/{await db.Set<Offers.Phone>().CountAsync()}/" +
        $"{await db.Set<Offers.Schedule>().CountAsync()}/{await db.Set<Offers.ServiceAttribute>().CountAsync()}");
}
