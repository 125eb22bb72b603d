using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests;

/// <summary>The platform with the demo catalogue seeded and a small upload limit (64 KB), so limits are cheap to test.</summary>
public sealed class OpenDataHost : SmartRegionHost
{
    public const long MaxUploadBytes = 64 * 1024;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        ["Modules:OpenData:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
