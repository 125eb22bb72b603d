using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Rdf;

/// <summary>
/// The platform's real <c>/catalog.ttl</c> (the seeded demo datasets plus datasets created through the API) checked by
/// the SHACL engine against the full DCAT-AP.de 3.0 profile <c>v30_de_spec</c> with every vocabulary.
/// </summary>
public sealed class ShaclValidationTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    private static readonly string[] Shapes =
    [
        "dcat-ap-de/v3.0/dcat-ap-3.0.0-base/dcat-ap-SHACL.ttl",
        "dcat-ap-de/v3.0/shacl/dcat-ap-de-imports.ttl",
        "dcat-ap-de/v3.0/shacl/dcat-ap-SHACL-DE.ttl",
        "dcat-ap-de/v3.0/shacl/dcat-ap-de-deprecated.ttl",
        "dcat-ap-de/v3.0/shacl/dcat-ap-spec-german-additions.ttl",
        "dcat-ap-de/v3.0/shacl/dcat-ap-de-controlledvocabularies.ttl",
    ];

    private static readonly string[] Vocabularies =
    [
        "dcat-ap-de/vocabularies/dcat-ap-de-licenses.rdf",
        "dcat-ap-de/vocabularies/dcat-ap-de-contributors.rdf",
        "dcat-ap-de/imports-mirror/foaf_0_1.rdf",
        "dcat-ap-de/imports-mirror/vcard.ttl",
        "dcat-ap-de/imports-mirror/org.ttl",
        "dcat-ap-de/vocabularies/authority-tables-minimal.ttl",
    ];

    [Fact]
    public async Task the_catalogue_conforms_to_the_full_dcat_ap_de_3_profile_with_zero_violations()
    {
        var standards = RdfTools.Standards;
        RdfTools.Require(standards is not null, "The folder shared/data/standards (DCAT-AP.de shapes)");
        RdfTools.Require(RdfTools.HasNode, "Node.js with npm");
        var tools = await RdfTools.NodeToolsAsync();
        File.Copy(Path.Combine(standards!, "dcat-ap-de", "validate.mjs"), Path.Combine(tools, "validate.mjs"), overwrite: true);
        await CatalogueFixtures.PublishAwkwardDatasetAsync(Host, Client);
        var turtle = await Client.GetStringAsync(new Uri("/catalog.ttl", UriKind.Relative));
        Assert.Contains("Pegel", turtle, StringComparison.Ordinal);
        Assert.Contains("Einwohnerzahlen der Gemeinden", turtle, StringComparison.Ordinal);
        var data = Path.Combine(tools, $"catalog-{Guid.NewGuid():N}.ttl");
        await File.WriteAllTextAsync(data, turtle);

        var (code, output) = await RdfTools.RunAsync("node",
            ["validate.mjs", "--shapes", .. Shapes.Select(s => Path.Combine(standards!, s)), "--data", data,
             "--vocab", .. Vocabularies.Select(v => Path.Combine(standards!, v))], tools);
        File.Delete(data);

        Assert.True(code == 0, output);
        Assert.Contains("shapes triples: 3102", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^violations: 0$", output);
    }
}
