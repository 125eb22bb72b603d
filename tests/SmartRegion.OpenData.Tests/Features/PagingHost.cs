using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>The demo catalogue (four datasets and the progress board's) with two datasets per RDF page.</summary>
public sealed class PagingHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        ["Modules:OpenData:CataloguePageSize"] = "2",
    };
}
