using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Maps;

/// <summary>Finds the distribution ids of the demo catalogue's files.</summary>
internal static class SeededMaps
{
    public static async Task<Guid> DistributionAsync(SmartRegionHost host, string datasetName, string format)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var dataset = await db.Datasets.AsNoTracking().Where(d => d.Name == datasetName).Select(d => d.Id).SingleAsync(TestContext.Current.CancellationToken);
        return await db.Distributions.AsNoTracking().Where(x => x.DatasetId == dataset && x.FormatCode == format).Select(x => x.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
    }
}
