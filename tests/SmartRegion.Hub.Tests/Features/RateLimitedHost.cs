using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>A host with the production-like limit of public writes lowered to two a minute.</summary>
public sealed class RateLimitedHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["RateLimits:PublicWritePerMinute"] = "2" };
}
