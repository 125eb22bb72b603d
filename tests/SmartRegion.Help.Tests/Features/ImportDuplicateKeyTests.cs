using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartRegion.Help.Hsds;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

/// <summary>
/// A key given twice in the file (JSON allows it to be read, HSDS has no meaning for it): the file is refused as a
/// whole with the place of the second key, nothing is stored — never a server error nor a record half read.
/// </summary>
public sealed class ImportDuplicateKeyTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    private const string DebtService = "f4cfd722-8410-437c-854a-2c1815ca2ff4";

    [Theory]
    [InlineData("record")]
    [InlineData("root")]
    public async Task a_key_given_twice_refuses_the_file_with_its_place_and_changes_nothing(string where)
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var service = JsonNode.Parse(DemoOffersSeeder.ReadEmbedded())!["services"]!.AsArray()
            .Single(s => (string)s!["id"]! == DebtService)!.DeepClone().AsObject();
        var good = new JsonObject { ["services"] = new JsonArray(service) }.ToJsonString();
        var file = where == "record"
            ? good.Replace("\"name\":", "\"name\":\"Doppelt\",\"name\":", StringComparison.Ordinal)
            : good.Replace("{\"services\":", "{\"services\":[],\"services\":", StringComparison.Ordinal);
        var before = await Host.CountsAsync();

        var response = await Client.PostAsync(new Uri("/api/help/imports", UriKind.Relative), new StringContent(file, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Contains("line 1", JsonNode.Parse(body)!["errors"]![HsdsImport.FileField]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await Host.CountsAsync());
    }
}
