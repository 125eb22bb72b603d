using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>A host behind a reverse proxy on the same machine, so tests can sign in from different client addresses.</summary>
public sealed class ProxiedHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Proxy:Enabled"] = "true", ["Modules:Hub:PublicOrigin"] = "https://smarte-region.example" };
}
