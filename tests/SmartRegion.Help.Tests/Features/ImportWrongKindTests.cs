using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Hsds;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

/// <summary>
/// Values of the wrong JSON kind inside an otherwise good record (found by the import's fuzz test): the record is
/// reported with the JSON pointer of the value and a reason, nothing of it is stored — never a server error.
/// </summary>
public sealed class ImportWrongKindTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    private const string DebtService = "f4cfd722-8410-437c-854a-2c1815ca2ff4";
    private const string Placeholder = "\"@@value@@\"";

    [Theory]
    [InlineData("phones", "[null]", "/services/0/phones/0")]
    [InlineData("languages", "[null, {}]", "/services/0/languages/0")]
    [InlineData("attributes", "[[null]]", "/services/0/attributes/0/0")]
    [InlineData("name", "[]", "/services/0/name")]
    [InlineData("name", "[\"Schuldnerberatung\"]", "/services/0/name")]
    [InlineData("description", "\"\\ud800\"", "/services/0/description")]
    [InlineData("minimum_age", "1e308", "/services/0/minimum_age")]
    [InlineData("phones", "[{\"id\": \"x\", \"number\": \"\\udc00 0931\"}]", "/services/0/phones/0/number")]
    public async Task a_value_of_the_wrong_kind_rejects_its_record_with_its_path_and_changes_nothing(string key, string value, string path)
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var service = JsonNode.Parse(DemoOffersSeeder.ReadEmbedded())!["services"]!.AsArray()
            .Single(s => (string)s!["id"]! == DebtService)!.DeepClone().AsObject();
        var name = (string)service["name"]!;
        if (key != "name")
        {
            service["name"] = name + " (geändert)";
        }

        service[key] = "@@value@@";
        var file = new JsonObject { ["services"] = new JsonArray(service) }.ToJsonString().Replace(Placeholder, value, StringComparison.Ordinal);
        var before = await Host.CountsAsync();

        var response = await Client.PostAsync("/api/help/imports", new StringContent(file, Encoding.UTF8, "application/json"));
        var summary = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var problems = summary["problems"]!.AsArray().Select(p => ((string)p!["path"]!, (string)p["reason"]!)).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)summary["rejected"]!);
        Assert.Contains(problems, p => p.Item1 == path && p.Item2.Length > 0);
        Assert.Equal(before, await Host.CountsAsync());
        Assert.Equal(name, await Host.QueryAsync(db => db.Services.Where(s => s.Id == DebtService).Select(s => s.Name).SingleAsync()));
    }
}
