using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Revisions;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

/// <summary>What an HSDS import may touch, per role and municipality, and what it leaves to review.</summary>
public sealed class ImportScopeTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    /// <summary>TelefonSeelsorge: nationwide, in the crisis block.</summary>
    private const string CrisisHotline = "cb8a8136-8a1d-433f-99c4-cc84a7556a0c";

    /// <summary>Nachbarschaftshilfe Höchberg: offered in Höchberg only.</summary>
    private const string HoechbergService = "51ab4d43-797c-4933-888c-96b89d627a82";

    /// <summary>Bürgerbus Pleichachtal: Rimpar and two neighbours.</summary>
    private const string RimparService = "6e51f4c6-527a-4e20-886c-9177713dcff0";

    /// <summary>Schuldner- und Insolvenzberatung: the whole district and the city.</summary>
    private const string DistrictService = "f4cfd722-8410-437c-854a-2c1815ca2ff4";

    /// <summary>The provider of the Tafel offers, shown by offers in Höchberg, Rimpar and elsewhere.</summary>
    private const string SharedOrganization = "42740d7f-f89e-47a8-a5f2-b6082f583c84";

    private const string ForgedNumber = "0900 1234567";

    private static JsonObject Seed() => JsonNode.Parse(DemoOffersSeeder.ReadEmbedded())!.AsObject();

    private static JsonObject Record(string collection, string id) =>
        Seed()[collection]!.AsArray().Single(s => (string)s!["id"]! == id)!.DeepClone().AsObject();

    private static JsonObject Renamed(string id, string name)
    {
        var service = Record("services", id);
        service["name"] = name;
        return service;
    }

    private static JsonObject Forged()
    {
        var service = Record("services", CrisisHotline);
        service["phones"]![0]!["number"] = ForgedNumber;
        return service;
    }

    private async Task<JsonNode> ImportAsync(HttpClient client, JsonObject file)
    {
        var response = await client.PostAsync("/api/help/imports", new StringContent(file.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private Task<string> NameAsync(string id) => Host.QueryAsync(db => db.Services.Where(s => s.Id == id).Select(s => s.Name).SingleAsync());

    private Task<List<string>> PhonesAsync(string id) =>
        Host.QueryAsync(db => db.Set<Offers.Phone>().Where(p => p.ServiceId == id).Select(p => p.Number).ToListAsync());

    private async Task<List<(string Action, string? Details)>> AuditAsync() =>
        [.. (await AuditTrail.ReadAsync(Host, "help-offers.import")).Select(e => (e.Action, e.Details))];

    [Fact]
    public async Task a_municipality_admin_cannot_forge_the_number_of_a_nationwide_crisis_hotline()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);

        var summary = await ImportAsync(Client, new JsonObject { ["services"] = new JsonArray(Forged()) });

        var problem = Assert.Single(summary["problems"]!.AsArray());
        Assert.Equal("/services/0", (string)problem!["path"]!);
        Assert.Contains(CrisisHotline, (string)problem["reason"]!, StringComparison.Ordinal);
        Assert.Equal(1, (int)summary["rejected"]!);
        Assert.Equal(0, (int)summary["updated"]!);
        Assert.DoesNotContain(ForgedNumber, await PhonesAsync(CrisisHotline));
        Assert.Equal(0, await Host.QueryAsync(db => db.OfferRevisions.CountAsync()));
        var page = await HtmlPage.LoadAsync(Client, "/hilfe?q=" + Uri.EscapeDataString("ich will mich umbringen"));
        Assert.DoesNotContain(ForgedNumber, page.Document.QuerySelector("main .sr-help-crisis")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_municipality_admin_of_hoechberg_changes_an_offer_of_hoechberg_but_not_one_of_rimpar_nor_a_district_wide_one()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);
        var file = new JsonObject
        {
            ["services"] = new JsonArray(
                Renamed(HoechbergService, "Nachbarschaftshilfe Höchberg (neu)"),
                Renamed(RimparService, "Bürgerbus (gefälscht)"),
                Renamed(DistrictService, "Schuldnerberatung (gefälscht)")),
        };

        var summary = await ImportAsync(Client, file);

        var paths = summary["problems"]!.AsArray().Select(p => (string)p!["path"]!).ToList();
        Assert.Equal(["/services/1", "/services/2"], paths.Order(StringComparer.Ordinal));
        Assert.Equal(1, (int)summary["updated"]!);
        Assert.Equal(2, (int)summary["rejected"]!);
        Assert.Equal("Nachbarschaftshilfe Höchberg (neu)", await NameAsync(HoechbergService));
        Assert.Equal("Bürgerbus Pleichachtal", await NameAsync(RimparService));
        Assert.Equal("Schuldner- und Insolvenzberatung", await NameAsync(DistrictService));
    }

    [Fact]
    public async Task a_municipality_admin_cannot_move_an_own_offer_into_another_municipality()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);
        var service = Record("services", HoechbergService);
        service["service_areas"]![0]!["name"] = "Rimpar";
        service["service_areas"]![0]!["description"] = "Markt Rimpar (AGS 09679180)";

        var summary = await ImportAsync(Client, new JsonObject { ["services"] = new JsonArray(service) });

        Assert.Equal("/services/0", (string)Assert.Single(summary["problems"]!.AsArray())!["path"]!);
        var ags = await Host.QueryAsync(db => db.Set<Offers.ServiceMunicipality>().Where(m => m.ServiceId == HoechbergService).Select(m => m.Ags).ToListAsync());
        Assert.Equal([Personas.Hoechberg], ags);
    }

    [Fact]
    public async Task a_municipality_admin_cannot_change_a_provider_whose_offers_reach_beyond_their_municipality()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);
        var organization = Record("organizations", SharedOrganization);
        organization["name"] = "Gefälschter Träger";

        var summary = await ImportAsync(Client, new JsonObject { ["organizations"] = new JsonArray(organization) });

        var problem = Assert.Single(summary["problems"]!.AsArray());
        Assert.Equal("/organizations/0", (string)problem!["path"]!);
        Assert.NotEqual("Gefälschter Träger", await Host.QueryAsync(db => db.Organizations.Where(o => o.Id == SharedOrganization).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task the_refusal_is_given_in_english_to_an_english_reader()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/help/imports")
        {
            Content = new StringContent(new JsonObject { ["services"] = new JsonArray(Forged()) }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Client.SendAsync(request);
        var reason = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]![0]!["reason"]!;

        Assert.StartsWith("This record changes offer", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_region_admins_change_of_a_crisis_hotline_waits_for_another_region_admin()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);

        var summary = await ImportAsync(Client, new JsonObject { ["services"] = new JsonArray(Forged(), Renamed(DistrictService, "Schuldnerberatung (neu)")) });

        Assert.Equal([CrisisHotline], summary["heldForReview"]!.AsArray().Select(s => (string)s!).ToList());
        Assert.Equal(1, (int)summary["updated"]!);
        Assert.Equal("Schuldnerberatung (neu)", await NameAsync(DistrictService));
        Assert.DoesNotContain(ForgedNumber, await PhonesAsync(CrisisHotline));
        var revision = await Host.QueryAsync(db => db.OfferRevisions.SingleAsync());
        Assert.True(revision.ReviewedByRegion);
        Assert.Equal(RevisionStatus.Pending, revision.Status);

        var own = await Client.PostAsync($"/api/help/revisions/{revision.Id}/approve", JsonContent());
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        using var municipal = Host.CreateBrowserClient();
        await Personas.SignInAsync(Host, municipal, Personas.AdminHoechberg);
        Assert.Equal(HttpStatusCode.Forbidden, (await municipal.PostAsync($"/api/help/revisions/{revision.Id}/approve", JsonContent())).StatusCode);
        Assert.DoesNotContain(ForgedNumber, await PhonesAsync(CrisisHotline));

        using var other = Host.CreateBrowserClient();
        await Personas.SignInAsync(Host, other, Personas.OtherRegionAdmin);
        var queue = await HtmlPage.LoadAsync(other, "/verwaltung/hilfe/pruefen");
        Assert.Contains("TelefonSeelsorge", queue.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var approved = await other.PostAsync($"/api/help/revisions/{revision.Id}/approve", JsonContent());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains(ForgedNumber, await PhonesAsync(CrisisHotline));
    }

    [Fact]
    public async Task a_municipality_admin_who_makes_an_own_offer_a_crisis_offer_waits_for_a_region_admin()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);
        var service = Record("services", HoechbergService);
        service["phones"]![0]!["number"] = ForgedNumber;
        // The crisis categories of the hotline, given to the neighbourhood help of Höchberg.
        foreach (var attribute in Record("services", CrisisHotline)["attributes"]!.AsArray())
        {
            var copy = attribute!.DeepClone().AsObject();
            copy["id"] = Guid.NewGuid().ToString();
            copy["link_id"] = HoechbergService;
            service["attributes"]!.AsArray().Add(copy);
        }

        var summary = await ImportAsync(Client, new JsonObject { ["services"] = new JsonArray(service) });

        Assert.Equal([HoechbergService], summary["heldForReview"]!.AsArray().Select(s => (string)s!).ToList());
        Assert.Equal(0, (int)summary["updated"]!);
        Assert.DoesNotContain(ForgedNumber, await PhonesAsync(HoechbergService));
        var revision = await Host.QueryAsync(db => db.OfferRevisions.SingleAsync());
        Assert.True(revision.ReviewedByRegion);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.PostAsync($"/api/help/revisions/{revision.Id}/approve", JsonContent())).StatusCode);
        Assert.DoesNotContain(ForgedNumber, await PhonesAsync(HoechbergService));
    }

    [Fact]
    public async Task every_import_is_audited_with_what_it_changed()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);

        await ImportAsync(Client, new JsonObject { ["services"] = new JsonArray(Renamed(HoechbergService, "Nachbarschaftshilfe Höchberg (neu)"), Forged()) });
        await ImportAsync(Client, new JsonObject { ["services"] = new JsonArray(Renamed(HoechbergService, "Nachbarschaftshilfe Höchberg (neu)")) });

        var entries = await AuditAsync();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Details!.Contains($"updated 1", StringComparison.Ordinal)
            && e.Details.Contains($"services updated: {HoechbergService}", StringComparison.Ordinal)
            && e.Details.Contains("rejected 1", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Details!.Contains("unchanged 1", StringComparison.Ordinal) && e.Details.Contains("services updated: -", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_import_page_shows_the_refusal_and_the_wait_for_review()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var page = await HtmlPage.LoadAsync(Client, "/verwaltung/hilfe/import");
        var file = new JsonObject { ["services"] = new JsonArray(Forged()) };

        var response = await page.SubmitFileAsync(Client, "form[enctype='multipart/form-data']", "file", "hotline.json", Encoding.UTF8.GetBytes(file.ToJsonString()), "application/json");
        var result = await HtmlPage.FromAsync(response, "/verwaltung/hilfe/import");

        Assert.Contains("/services/0", result.Document.QuerySelector("table tbody")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(result.Document.QuerySelector("main a[href='/verwaltung/hilfe/pruefen']"));
        Assert.DoesNotContain(ForgedNumber, await PhonesAsync(CrisisHotline));
    }

    private static StringContent JsonContent() => new("{}", Encoding.UTF8, "application/json");
}
