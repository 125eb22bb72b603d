using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;
using SmartRegion.Ui.Maps;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>The region map on /gemeinden (population classes, one link per municipality) and the location map of one municipality.</summary>
public sealed class MunicipalityMapTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task the_region_map_links_every_municipality_with_a_name_that_states_its_population_and_class()
    {
        var page = await GetPageAsync("/gemeinden");

        var svg = page.Document.QuerySelector("figure svg.sr-map")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Equal($"{svg.QuerySelector("title")!.Id} {svg.QuerySelector("desc")!.Id}", svg.GetAttribute("aria-labelledby"));
        var links = svg.QuerySelectorAll("a[href]");
        Assert.Equal(53, links.Length);
        var tableLinks = page.Document.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal);
        Assert.Equal(tableLinks, links.Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        var rimpar = links.Single(a => a.GetAttribute("href") == "/gemeinden/09679180");
        Assert.Equal("Rimpar: 7.735 Einwohner, Klasse „5.000 bis unter 20.000 Einwohner“", rimpar.GetAttribute("aria-label"));
        Assert.Equal("url(#gemeinden-karte-klasse-3)", rimpar.QuerySelector("path")!.GetAttribute("fill"));
        Assert.Equal("url(#gemeinden-karte-klasse-4)", links.Single(a => a.GetAttribute("href") == "/gemeinden/09663000").QuerySelector("path")!.GetAttribute("fill"));
    }

    [Fact]
    public async Task the_legend_states_each_class_in_words_with_its_own_hatching()
    {
        var page = await GetPageAsync("/gemeinden");

        var legend = page.Document.QuerySelectorAll("ul.sr-map-legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            ["unter 1.500 Einwohner (Anzahl: 14)", "1.500 bis unter 3.000 Einwohner (Anzahl: 17)", "3.000 bis unter 5.000 Einwohner (Anzahl: 12)",
             "5.000 bis unter 20.000 Einwohner (Anzahl: 9)", "20.000 Einwohner und mehr (Anzahl: 1)", "gemeindefreies Gebiet (unbewohnt)"],
            legend);
        var patterns = page.Document.QuerySelectorAll("svg.sr-map defs pattern");
        Assert.Equal(5, patterns.Length);
        Assert.Equal([0, 1, 2, 3, 4], patterns.Select(p => p.QuerySelectorAll("path").Length));
    }

    [Fact]
    public async Task the_map_has_names_a_scale_bar_a_north_arrow_and_the_attribution_of_the_boundaries()
    {
        var page = await GetPageAsync("/gemeinden");

        var svg = page.Document.QuerySelector("figure svg.sr-map")!;
        var names = svg.QuerySelectorAll("text.sr-map__name").Select(t => t.TextContent).ToList();
        Assert.Contains("Würzburg", names);
        Assert.True(names.Count >= 10, $"Only {names.Count} names placed.");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Matches("^[0-9]+ km$", svg.QuerySelector("g.sr-map__scale text")!.TextContent);
        Assert.Equal("N", svg.QuerySelector("g.sr-map__north text")!.TextContent);
        Assert.Contains("© GeoBasis-DE / BKG (2021)", page.Document.QuerySelector("figure .sr-map-attribution")!.TextContent, StringComparison.Ordinal);
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(320, viewBox[2]);
        // Names never overlap each other: their boxes, as the map estimates them, are apart.
        var boxes = svg.QuerySelectorAll("text.sr-map__name").Select(t => (X: Num(t.GetAttribute("x")), Y: Num(t.GetAttribute("y")), W: t.TextContent.Length * 13 * 0.56)).ToList();
        Assert.All(boxes, a => Assert.DoesNotContain(boxes, b => !a.Equals(b) && Math.Abs(a.X - b.X) < (a.W + b.W) / 2 && Math.Abs(a.Y - b.Y) < 13));
        Assert.Empty(page.Document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task a_municipality_page_highlights_the_municipality_on_the_region_map_and_names_it()
    {
        var page = await GetPageAsync("/gemeinden/09679180");

        var svg = page.Document.QuerySelector("figure svg.sr-map[role=img]")!;
        Assert.Equal("Karte: Lage von Rimpar in der Region Würzburg", svg.QuerySelector("title")!.TextContent);
        Assert.Equal(["09679180"], svg.QuerySelectorAll("path.sr-map__area--highlight").Select(p => p.GetAttribute("data-key")));
        Assert.Contains("Rimpar", svg.QuerySelectorAll("text.sr-map__name").Select(t => t.TextContent));
        Assert.Equal(56, svg.QuerySelectorAll("path.sr-map__area").Length);
        Assert.NotNull(page.Document.QuerySelector("figure .sr-map-attribution"));
    }

    [Fact]
    public void the_boundaries_are_read_once_and_a_frames_paths_are_kept()
    {
        var first = Host.Services.GetRequiredService<RegionBasemap>();
        var second = Host.Services.GetRequiredService<RegionBasemap>();

        Assert.Same(first, second);
        Assert.Equal(56, first.Areas.Count);
        Assert.Equal(53, first.Areas.Count(a => a.IsMunicipality));
        Assert.Equal("Frickenhausen a.Main", first.Areas.Single(a => a.Key == "09679131").Name);
        Assert.Same(first.PathsFor(first.RegionFrame()), first.PathsFor(first.RegionFrame()));
        // Simplified to the drawing scale and written to a tenth of a unit: the whole region's outlines stay small.
        Assert.InRange(first.PathsFor(first.RegionFrame()).Sum(p => p?.Length ?? 0), 1_000, 20_000);
    }

    private static double Num(string? value) => double.Parse(value!, CultureInfo.InvariantCulture);
}
