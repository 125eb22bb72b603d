using Microsoft.Extensions.DependencyInjection;
using SmartRegion.OpenData.Tabular;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Tabular;

/// <summary>The platform with test resources behind the tabular seam and small limits (1 MB files, 4 MB unpacked XLSX).</summary>
public sealed class TabularHost : SmartRegionHost
{
    internal TestTabularResources Resources { get; } = new();

    public const long MaxFileBytes = 1024 * 1024;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:OpenData:Tabular:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:OpenData:Tabular:MaxXlsxUncompressedBytes"] = (4 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:OpenData:Tabular:MaxLimit"] = "1000",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        Resources.Store = new SmartRegion.Kernel.Files.LocalFileStore(DataPath);
        services.AddSingleton(Resources);
        services.AddSingleton<ITabularResources, TestTabularResources.Seam>();
    }

    internal string TabularFolder => Path.Combine(DataPath, "opendata", "tabular");
}
