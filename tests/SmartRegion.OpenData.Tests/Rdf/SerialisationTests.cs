using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Rdf;

/// <summary>
/// The three hand-written serialisations say the same thing: Turtle parsed by n3, JSON-LD expanded and converted by
/// jsonld.js, and Turtle, RDF/XML and JSON-LD parsed by Python's rdflib all give one graph (isomorphic).
/// </summary>
public sealed class SerialisationTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    [Theory]
    [InlineData("/catalog")]
    [InlineData("/dataset/{id}")]
    public async Task turtle_rdf_xml_and_json_ld_give_the_same_graph_in_independent_parsers(string path)
    {
        RdfTools.Require(RdfTools.HasNode, "Node.js with npm");
        var python = RdfTools.Python;
        RdfTools.Require(python is not null, "Python 3 with rdflib (Debian package python3-rdflib)");
        var tools = await RdfTools.NodeToolsAsync();
        var id = await CatalogueFixtures.PublishAwkwardDatasetAsync(Host, Client);
        var work = Directory.CreateDirectory(Path.Combine(tools, "run-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            foreach (var extension in new[] { "ttl", "rdf", "jsonld" })
            {
                var url = path.Replace("{id}", id.ToString(), StringComparison.Ordinal) + "." + extension;
                await File.WriteAllTextAsync(Path.Combine(work, "graph." + extension), await Client.GetStringAsync(new Uri(url, UriKind.Relative)));
            }

            var parsed = await RdfTools.RunAsync("node", [Path.Combine(tools, "parse.mjs"), "graph.ttl", "n3.nt", "graph.jsonld", "jsonld.nq"], work);
            Assert.True(parsed.Code == 0, parsed.Output);

            var compared = await RdfTools.RunAsync(python!,
                [Path.Combine(tools, "isomorphic.py"), "graph.ttl:turtle", "graph.rdf:xml", "graph.jsonld:json-ld", "n3.nt:nt", "jsonld.nq:nt"], work);

            Assert.True(compared.Code == 0, parsed.Output + compared.Output);
            Assert.Contains("isomorphic: true", compared.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(": 0 triples", compared.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task the_awkward_texts_come_back_unchanged_from_the_turtle_parser()
    {
        RdfTools.Require(RdfTools.HasNode, "Node.js with npm");
        var tools = await RdfTools.NodeToolsAsync();
        var id = await CatalogueFixtures.PublishAwkwardDatasetAsync(Host, Client);
        var work = Directory.CreateDirectory(Path.Combine(tools, "run-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(work, "graph.ttl"), await Client.GetStringAsync(new Uri($"/dataset/{id}.ttl", UriKind.Relative)));
            await File.WriteAllTextAsync(Path.Combine(work, "graph.jsonld"), await Client.GetStringAsync(new Uri($"/dataset/{id}.jsonld", UriKind.Relative)));
            var parsed = await RdfTools.RunAsync("node", [Path.Combine(tools, "parse.mjs"), "graph.ttl", "n3.nt", "graph.jsonld", "jsonld.nq"], work);
            Assert.True(parsed.Code == 0, parsed.Output);
            var ntriples = await File.ReadAllTextAsync(Path.Combine(work, "n3.nt"));

            // N-Triples escapes quotes, backslashes and line breaks, and keeps every other character as it is.
            var expected = CatalogueFixtures.Awkward.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
            Assert.Contains("\"" + expected + "\"@de", ntriples, StringComparison.Ordinal);
            Assert.Contains("<https://geo.example.org/wms?SERVICE=WMS&REQUEST=GetCapabilities&name=H%C3%B6he%20%C3%BC.%20NN>", ntriples, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
