using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Contracts;
using SmartRegion.Help.Hsds;
using SmartRegion.Kernel.Database;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

public sealed class ImportTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    private const string DebtService = "f4cfd722-8410-437c-854a-2c1815ca2ff4";
    private const string Organization = "b570d612-fd1a-4b5f-96ca-be4929c1a148";

    private static JsonObject Seed() => JsonNode.Parse(DemoOffersSeeder.ReadEmbedded())!.AsObject();

    private static JsonObject Service(string id) => Seed()["services"]!.AsArray().Single(s => (string)s!["id"]! == id)!.DeepClone().AsObject();

    private static JsonObject NewService(string id, string name)
    {
        var service = Service(DebtService);
        service["id"] = id;
        service["name"] = name;
        foreach (var list in new[] { "phones", "languages", "cost_options", "service_areas", "attributes" })
        {
            foreach (var (item, i) in service[list]!.AsArray().Select((x, i) => (x!, i)))
            {
                item["id"] = Guid.NewGuid().ToString();
                if (list == "attributes")
                {
                    item["link_id"] = id;
                }
                else
                {
                    item["service_id"] = id;
                }
            }
        }

        return service;
    }

    private async Task<HttpResponseMessage> PostAsync(string json) =>
        await Client.PostAsync("/api/help/imports", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task an_imported_change_updates_the_service_and_announces_it_in_the_outbox()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var service = Service(DebtService);
        service["name"] = "Schuldnerberatung (neu)";
        var response = await PostAsync(new JsonObject { ["services"] = new JsonArray(service) }.ToJsonString());
        var summary = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var stored = await Host.QueryAsync(db => db.Services.SingleAsync(s => s.Id == DebtService));
        var events = await Host.QueryAsync(db => db.Outbox().Where(m => m.Type == typeof(OfferChanged).FullName && m.Payload.Contains(DebtService)).CountAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)summary["updated"]!);
        Assert.Equal(0, (int)summary["rejected"]!);
        Assert.Equal("Schuldnerberatung (neu)", stored.Name);
        Assert.Equal(2, events); // one from the seed, one from the change
    }

    [Fact]
    public async Task importing_the_same_file_again_changes_nothing_and_announces_nothing()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var before = await Host.QueryAsync(db => db.Outbox().CountAsync());
        var response = await PostAsync(Encoding.UTF8.GetString(DemoOffersSeeder.ReadEmbedded()));
        var summary = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (int)summary["updated"]!);
        Assert.Equal(0, (int)summary["inserted"]!);
        Assert.Equal(before, await Host.QueryAsync(db => db.Outbox().CountAsync()));
    }

    [Fact]
    public async Task bad_records_are_reported_with_their_path_and_nothing_of_them_is_stored()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var good = NewService("aaaaaaaa-0000-4000-8000-000000000001", "Neue Beratung");
        var wrongType = NewService("aaaaaaaa-0000-4000-8000-000000000002", "Falscher Typ");
        wrongType["minimum_age"] = "zehn";
        var missingName = NewService("aaaaaaaa-0000-4000-8000-000000000003", "ohne Namen");
        missingName.Remove("name");
        var dangling = NewService("aaaaaaaa-0000-4000-8000-000000000004", "Ohne Träger");
        dangling["organization_id"] = "bbbbbbbb-0000-4000-8000-000000000000";
        var badPhone = NewService("aaaaaaaa-0000-4000-8000-000000000005", "Falsche Nummer");
        badPhone["phones"]![0]!["number"] = "ruf an";
        var link = new JsonObject
        {
            ["id"] = "cccccccc-0000-4000-8000-000000000001",
            ["service_id"] = "aaaaaaaa-0000-4000-8000-000000000004",
            ["location_id"] = "e7f09d48-fe53-43ec-8681-f2a9a7baf0f9",
        };
        var file = new JsonObject
        {
            ["services"] = new JsonArray(good, wrongType, missingName, dangling, badPhone),
            ["service_at_locations"] = new JsonArray(link),
        };

        var response = await PostAsync(file.ToJsonString());
        var summary = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var paths = summary["problems"]!.AsArray().Select(p => (string)p!["path"]!).ToList();
        var stored = await Host.QueryAsync(db => db.Services.Where(s => s.Id.StartsWith("aaaaaaaa")).Select(s => s.Id).ToListAsync());
        var links = await Host.QueryAsync(db => db.ServiceAtLocations.CountAsync(s => s.Id == "cccccccc-0000-4000-8000-000000000001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/services/1/minimum_age", paths);
        Assert.Contains("/services/2/name", paths);
        Assert.Contains("/services/3/organization_id", paths);
        Assert.Contains("/services/4/phones/0/number", paths);
        Assert.Contains("/service_at_locations/0/service_id", paths);
        Assert.Equal(5, (int)summary["rejected"]!);
        Assert.Equal(["aaaaaaaa-0000-4000-8000-000000000001"], stored);
        Assert.Equal(0, links);
    }

    [Theory]
    [InlineData("das ist kein JSON")]
    [InlineData("{\"services\": [{\"id\": \"f4cfd722-8410-437c-854a-2c1815ca2ff4\", \"name\": \"abgeschnitten\"")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"foo\": []}")]
    [InlineData("{\"services\": {}}")]
    public async Task a_file_that_is_not_hsds_json_is_refused_as_a_whole_and_changes_nothing(string content)
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var before = await Host.CountsAsync();

        var response = await PostAsync(content);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["file"]);
        Assert.Equal(before, await Host.CountsAsync());
    }

    [Fact]
    public async Task a_file_can_be_uploaded_as_a_form_field()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(DemoOffersSeeder.ReadEmbedded());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "offers.json");

        var response = await Client.PostAsync("/api/help/imports", form);
        var summary = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(259 + 101 + 158 + 296 + 103, (int)summary["unchanged"]!);
        Assert.Equal(HsdsStandard.FolderOrNull is not null, (bool)summary["officialSchemaChecked"]!);
    }

    [Theory]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    public async Task only_municipality_and_region_admins_may_import(string persona, HttpStatusCode expected)
    {
        await Personas.SignInAsync(Host, Client, persona);
        var service = Service(DebtService);

        var response = await PostAsync(new JsonObject { ["services"] = new JsonArray(service) }.ToJsonString());

        Assert.Equal(expected, response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found ? HttpStatusCode.Unauthorized : response.StatusCode);
    }
}
