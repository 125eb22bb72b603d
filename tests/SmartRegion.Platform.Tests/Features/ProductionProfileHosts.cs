using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>Behind nginx: forwarded headers from the local proxy are trusted and HSTS is sent.</summary>
public sealed class ProxyHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Proxy:Enabled"] = "true",
        ["Proxy:Hsts"] = "true",
        ["Proxy:KnownProxies:0"] = "127.0.0.1",
        ["Modules:Hub:PublicOrigin"] = "https://smarte-region.example",
    };
}

/// <summary>Several app nodes: data-protection keys in the shared database, telemetry exported.</summary>
public sealed class ScaledOutHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:Store"] = "Database",
        ["OpenTelemetry:Exporter"] = "console",
    };
}
