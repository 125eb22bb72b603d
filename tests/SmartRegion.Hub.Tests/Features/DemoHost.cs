using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>A host with the demo content a trial installation gets.</summary>
public sealed class DemoHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seeding:Demo"] = "true" };
}
