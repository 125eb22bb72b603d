using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features.SingleSignOn;

/// <summary>The test server speaks plain http on localhost, on either database; that is what the loopback rule allows.</summary>
public sealed class OidcHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Modules:Hub:Oidc:RequireHttps"] = "false" };
}
