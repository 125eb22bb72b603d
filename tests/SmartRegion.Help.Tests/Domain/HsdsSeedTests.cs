using System.Text.Json;
using SmartRegion.Help.Hsds;

namespace SmartRegion.Help.Tests.Domain;

public sealed class HsdsSeedTests
{
    [Fact]
    public void the_embedded_demo_offers_read_as_hsds_with_every_collection_linked_by_id()
    {
        using var stream = typeof(HsdsFile).Assembly.GetManifestResourceStream("SmartRegion.Help.offers.json")!;
        var file = JsonSerializer.Deserialize<HsdsFile>(stream, HsdsFile.Json)!;

        Assert.Equal(259, file.Services.Count);
        Assert.Equal(101, file.Organizations.Count);
        Assert.Equal(158, file.Locations.Count);
        Assert.Equal(296, file.ServiceAtLocations.Count);
        Assert.Equal(103, file.TaxonomyTerms.Count);
        var organizations = file.Organizations.Select(o => o.Id).ToHashSet();
        Assert.All(file.Services, s => Assert.Contains(s.OrganizationId!, organizations));
        var terms = file.TaxonomyTerms.Select(t => t.Id).ToHashSet();
        Assert.All(file.Services.SelectMany(s => s.Attributes ?? []), a => Assert.Contains(a.TaxonomyTermId, terms));
        Assert.Contains(file.Services, s => s.Id == "f4cfd722-8410-437c-854a-2c1815ca2ff4" && s.Name == "Schuldner- und Insolvenzberatung");
        Assert.Contains(file.ServiceAtLocations.SelectMany(s => s.Schedules ?? []), s => s is { Freq: "WEEKLY", OpensAt: "09:00" });
    }
}
