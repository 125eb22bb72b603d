using System.Net;
using System.Text.Json.Nodes;
using SmartRegion.Help.Hsds;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

public sealed class ExportTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    private static readonly (string Collection, string Schema)[] Collections =
    [
        ("organizations", "organization"), ("services", "service"), ("locations", "location"),
        ("service_at_locations", "service_at_location"), ("taxonomy_terms", "taxonomy_term"),
    ];

    [Fact]
    public async Task the_export_of_the_seeded_directory_equals_the_demo_offers()
    {
        var response = await Client.GetAsync("/api/help/export");
        var exported = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var original = JsonNode.Parse(DemoOffersSeeder.ReadEmbedded())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HsdsExport.FileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        foreach (var (collection, _) in Collections)
        {
            Assert.Equal(Normalize(original[collection]!), Normalize(exported[collection]!));
        }
    }

    [Fact]
    public async Task every_exported_record_validates_against_the_official_hsds_schema()
    {
        _ = HsdsStandard.Folder;
        var exported = JsonNode.Parse(await Client.GetStringAsync("/api/help/export"))!;

        foreach (var (collection, schema) in Collections)
        {
            foreach (var record in exported[collection]!.AsArray())
            {
                Assert.Empty(HsdsStandard.CheckTable(record, schema));
            }
        }
    }

    [Fact]
    public async Task an_export_of_one_service_brings_exactly_what_it_needs()
    {
        var file = await Host.QueryAsync(db => HsdsExport.ReadAsync(db, ["f4cfd722-8410-437c-854a-2c1815ca2ff4"], CancellationToken.None));

        var service = Assert.Single(file.Services);
        Assert.Equal(service.OrganizationId, Assert.Single(file.Organizations).Id);
        Assert.All(file.ServiceAtLocations, s => Assert.Equal(service.Id, s.ServiceId));
        Assert.Equal(file.ServiceAtLocations.Select(s => s.LocationId).Distinct().Order(), file.Locations.Select(l => l.Id).Order());
        var terms = file.TaxonomyTerms.Select(t => t.Id).ToHashSet();
        Assert.All(service.Attributes!, a => Assert.Contains(a.TaxonomyTermId, terms));
        Assert.All(file.TaxonomyTerms, t => Assert.True(t.ParentId is null || terms.Contains(t.ParentId)));
    }

    /// <summary>Records sorted by id, numbers and date-times compared by value, as canonical JSON.</summary>
    private static string Normalize(JsonNode collection)
    {
        static JsonNode? Canonical(JsonNode? node) => node switch
        {
            JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Key, p.Key == "last_modified" ? JsonValue.Create(DateTimeOffset.Parse((string)p.Value!, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime()) : Canonical(p.Value)))),
            JsonArray a => new JsonArray([.. a.Select(Canonical)]),
            JsonValue v when v.TryGetValue<decimal>(out var d) => JsonValue.Create(d / 1.000000000000000000000000000000000m),
            _ => node?.DeepClone(),
        };

        return new JsonArray([.. collection.AsArray().OrderBy(r => (string)r!["id"]!, StringComparer.Ordinal).Select(Canonical)]).ToJsonString();
    }
}
