using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Maps;

/// <summary>The demo catalogue with a tile server configured for the map preview.</summary>
public sealed class TiledMapHost : SmartRegionHost
{
    public const string Template = "https://tile.example.org/{z}/{x}/{y}.png";
    public const string Attribution = "© Beispiel-Kachelmitwirkende";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        ["Modules:OpenData:Map:TileUrlTemplate"] = Template,
        ["Modules:OpenData:Map:Attribution"] = Attribution,
    };
}
