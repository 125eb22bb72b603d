using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.OpenData.Tests.Ckan;

/// <summary>
/// <c>package_create</c>, <c>package_patch</c> and <c>resource_create</c> with per-municipality API tokens: what they
/// store, whom they refuse, and that a refused call stores nothing.
/// </summary>
public sealed class CkanWriteTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    [Fact]
    public async Task a_complete_dataset_created_with_a_token_is_published_with_its_fields_and_link()
    {
        var token = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);

        var (status, body) = await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("baumkataster"), token, bearer: true);

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        var created = body.GetProperty("result");
        Assert.Equal("active", created.GetProperty("state").GetString());
        Assert.Equal("hoechberg", created.GetProperty("organization").GetProperty("name").GetString());
        var shown = await Tabular.Ckan.ResultAsync(Client, "package_show", "id=baumkataster");
        Assert.Equal(created.GetProperty("id").GetString(), shown.GetProperty("id").GetString());
        Assert.Equal("Baumkataster baumkataster", shown.GetProperty("title").GetString());
        Assert.Equal(["Bäume", "Umwelt"], shown.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("envi", shown.GetProperty("groups")[0].GetProperty("name").GetString());
        Assert.Equal("bauhof@beispiel.de", shown.GetProperty("maintainer_email").GetString());
        Assert.Equal("https://daten.beispiel.de/baeume.csv", shown.GetProperty("resources")[0].GetProperty("url").GetString());
        var extras = shown.GetProperty("extras").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!, e => e.GetProperty("value").GetString());
        Assert.Equal("Markt Höchberg, Bauhof", extras["licenseAttributionByText"]);
        Assert.Equal("09679147", extras["spatial_keys"]);
        Assert.Contains("Baumkataster baumkataster", await Client.GetStringAsync(new Uri("/catalog.ttl", UriKind.Relative)), StringComparison.Ordinal);
        Assert.NotNull((await CkanTokens.StoredAsync(Host, token)).LastUsedAt);
    }

    [Fact]
    public async Task an_incomplete_dataset_stays_a_draft_that_only_its_organisation_sees_until_a_file_and_a_patch_publish_it()
    {
        var token = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);
        var (status, body) = await CkanTokens.PostAsync(Client, "package_create", new { name = "spielplaetze", title = "Spielplätze", owner_org = "hoechberg" }, token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("draft", body.GetProperty("result").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await CkanTokens.GetAsync(Client, "package_show", "id=spielplaetze", null)).Status);
        var rimpar = await CkanTokens.IssueAsync(Host, StaffRimpar, Rimpar);
        Assert.Equal(HttpStatusCode.NotFound, (await CkanTokens.GetAsync(Client, "package_show", "id=spielplaetze", rimpar)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CkanTokens.GetAsync(Client, "package_show", "id=spielplaetze", token)).Status);

        var (uploaded, resource) = await CkanTokens.UploadAsync(Client, "spielplaetze", "spielplaetze.csv", "name;ort\nAm Bach;Höchberg\n"u8.ToArray(), token);
        Assert.True(uploaded == HttpStatusCode.OK, resource.ToString());
        var file = resource.GetProperty("result");
        Assert.Equal("CSV", file.GetProperty("format").GetString());
        Assert.Equal("upload", file.GetProperty("url_type").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("name;ort\nAm Bach;Höchberg\n"u8.ToArray())), file.GetProperty("hash").GetString());
        Assert.True(file.GetProperty("datastore_active").GetBoolean());

        var (early, refused) = await CkanTokens.PostAsync(Client, "package_patch", new { id = "spielplaetze", state = "active" }, token);
        Assert.Equal(HttpStatusCode.Conflict, early);
        Assert.True(refused.GetProperty("error").TryGetProperty("notes", out _), refused.ToString());
        Assert.True(refused.GetProperty("error").TryGetProperty("license_id", out _), refused.ToString());

        var (patched, result) = await CkanTokens.PostAsync(Client, "package_patch",
            new { id = "spielplaetze", notes = "Alle Spielplätze.", license_id = "cc-zero", state = "active" }, token);
        Assert.True(patched == HttpStatusCode.OK, result.ToString());
        Assert.Equal("active", result.GetProperty("result").GetProperty("state").GetString());
        Assert.Equal("Spielplätze", result.GetProperty("result").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await CkanTokens.GetAsync(Client, "package_show", "id=spielplaetze", null)).Status);

        var id = result.GetProperty("result").GetProperty("id").GetString()!;
        Assert.Equal(["datasets.created", "datasets.published"], await AuditTrail.ActionsOnAsync(Host, id));
    }

    [Fact]
    public async Task writing_without_a_valid_token_is_an_authorization_error_and_stores_nothing()
    {
        var before = await CkanTokens.CountsAsync(Host);
        var (none, body) = await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("ohne-schluessel"), null);
        Assert.Equal(HttpStatusCode.Forbidden, none);
        Assert.Equal("Authorization Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("falsch"), "srod_" + new string('0', 64))).Status);

        var rimpar = await CkanTokens.IssueAsync(Host, StaffRimpar, Rimpar);
        var (other, message) = await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("fremd", ownerOrg: "hoechberg"), rimpar);
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Equal("Authorization Error", message.GetProperty("error").GetProperty("__type").GetString());
        var (patch, _) = await CkanTokens.PostAsync(Client, "package_patch", new { id = "gemeinden-der-region-wuerzburg", title = "Übernommen" }, rimpar);
        Assert.Equal(HttpStatusCode.Forbidden, patch);

        var after = await CkanTokens.CountsAsync(Host);
        Assert.Equal(before.Datasets, after.Datasets);
        Assert.Equal(before.Distributions, after.Distributions);
    }

    [Fact]
    public async Task a_revoked_token_stops_working_at_once()
    {
        using var staff = Host.CreateBrowserClient();
        await SignInAsync(Host, staff, AdminHoechberg);
        var token = await CkanTokens.IssueAsync(Host, AdminHoechberg, Hoechberg);
        var stored = await CkanTokens.StoredAsync(Host, token);
        Assert.Equal(HttpStatusCode.OK, (await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("vorher"), token)).Status);

        using var revoke = await staff.DeleteAsync(new Uri($"/api/opendata/tokens/{stored.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("nachher"), token)).Status);
        var audit = await AuditTrail.ReadAsync(Host);
        Assert.Equal(["api-tokens.created", "api-tokens.revoked"], audit.Where(e => e.RecordId == stored.Id.ToString()).Select(e => e.Action));
        Assert.DoesNotContain(token, string.Join(" ", audit.Select(e => e.Details)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_secret_is_stored_only_as_its_sha256()
    {
        var token = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);
        var stored = await CkanTokens.StoredAsync(Host, token);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))), stored.SecretHash);
        Assert.DoesNotContain(stored.SecretHash, token, StringComparison.Ordinal);
        using var staff = Host.CreateBrowserClient();
        await SignInAsync(Host, staff, StaffHoechberg);
        Assert.DoesNotContain(token, await staff.GetStringAsync(new Uri("/api/opendata/tokens", UriKind.Relative)), StringComparison.Ordinal);
    }

    public static TheoryData<string, object, string> BadDatasets() => new()
    {
        { "an unknown licence", With(d => d["license_id"] = "proprietaer"), "license_id" },
        { "a taken name", With(d => d["name"] = "gemeinden-der-region-wuerzburg"), "name" },
        { "a name with capitals", With(d => d["name"] = "Grosse-Buchstaben"), "name" },
        { "an unknown theme", With(d => d["groups"] = new[] { new { name = "sport" } }), "groups" },
        { "an unknown extra", With(d => d["extras"] = new[] { new { key = "lieblingsfarbe", value = "blau" } }), "extras" },
        { "an unknown key", With(d => d["farbe"] = "blau"), "farbe" },
        { "a bad link", With(d => d["resources"] = new[] { new { url = "javascript:alert(1)", name = "x", format = "CSV" } }), "resources[0].url" },
        { "active without licence", With(d => { d.Remove("license_id"); d["state"] = "active"; }), "license_id" },
        { "a private dataset", With(d => d["private"] = true), "private" },
        { "an unknown organisation", With(d => d["owner_org"] = "gibt-es-nicht"), "owner_org" },
    };

    private static Dictionary<string, object?> With(Action<Dictionary<string, object?>> change)
    {
        var dataset = CkanTokens.Complete("neu-und-falsch");
        change(dataset);
        return dataset;
    }

    [Theory]
    [MemberData(nameof(BadDatasets))]
    public async Task a_bad_dataset_is_a_validation_error_naming_the_field_and_nothing_is_stored(string what, object dataset, string field)
    {
        var token = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);
        var before = await CkanTokens.CountsAsync(Host);

        var (status, body) = await CkanTokens.PostAsync(Client, "package_create", dataset, token);

        Assert.True(status == HttpStatusCode.Conflict, $"{what}: {status} {body}");
        Assert.Equal("Validation Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.True(body.GetProperty("error").TryGetProperty(field, out var messages), body.ToString());
        Assert.NotEmpty(messages[0].GetString()!);
        Assert.Equal(before, await CkanTokens.CountsAsync(Host));
    }

    [Fact]
    public async Task a_patch_cannot_take_a_mandatory_field_from_a_published_dataset()
    {
        var token = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);
        Assert.Equal(HttpStatusCode.OK, (await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("pflicht"), token)).Status);

        var (status, body) = await CkanTokens.PostAsync(Client, "package_patch", new { id = "pflicht", notes = "", title = "Neuer Titel" }, token);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.True(body.GetProperty("error").TryGetProperty("notes", out _), body.ToString());
        var shown = await Tabular.Ckan.ResultAsync(Client, "package_show", "id=pflicht");
        Assert.Equal("Baumkataster pflicht", shown.GetProperty("title").GetString());
        Assert.NotEmpty(shown.GetProperty("notes").GetString()!);

        var (renamed, _) = await CkanTokens.PostAsync(Client, "package_patch", new { id = "pflicht", name = "anders" }, token);
        Assert.Equal(HttpStatusCode.Conflict, renamed);
        var (kept, result) = await CkanTokens.PostAsync(Client, "package_patch", new { id = "pflicht", title = "Neuer Titel" }, token);
        Assert.Equal(HttpStatusCode.OK, kept);
        Assert.Equal("Neuer Titel", result.GetProperty("result").GetProperty("title").GetString());
        Assert.Equal("cc-by/4.0", result.GetProperty("result").GetProperty("license_id").GetString());
    }

    [Theory]
    [InlineData("bericht.csv", "%PDF-1.7\n", "upload")]
    [InlineData("programm.exe", "MZ", "upload")]
    public async Task a_refused_upload_leaves_neither_row_nor_file(string fileName, string content, string field)
    {
        var token = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);
        var before = await CkanTokens.CountsAsync(Host);

        var (status, body) = await CkanTokens.UploadAsync(Client, "gemeinden-der-region-wuerzburg", fileName, System.Text.Encoding.ASCII.GetBytes(content), token);
        Assert.Equal(HttpStatusCode.Forbidden, status);

        var own = CkanTokens.Complete("upload-ziel");
        Assert.Equal(HttpStatusCode.OK, (await CkanTokens.PostAsync(Client, "package_create", own, token)).Status);
        before = await CkanTokens.CountsAsync(Host);
        (status, body) = await CkanTokens.UploadAsync(Client, "upload-ziel", fileName, System.Text.Encoding.ASCII.GetBytes(content), token);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.True(body.GetProperty("error").TryGetProperty(field, out _), body.ToString());
        Assert.Equal(before, await CkanTokens.CountsAsync(Host));
        var temp = Path.Combine(Host.DataPath, "opendata", "tmp");
        Assert.Empty(Directory.Exists(temp) ? Directory.GetFiles(temp) : []);
    }

    [Fact]
    public async Task an_upload_over_the_limit_is_refused_and_not_kept()
    {
        var token = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);
        Assert.Equal(HttpStatusCode.OK, (await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("gross"), token)).Status);
        var before = await CkanTokens.CountsAsync(Host);
        var big = System.Text.Encoding.ASCII.GetBytes("a;b\n" + string.Concat(Enumerable.Repeat("1;2\n", (int)(OpenDataHost.MaxUploadBytes / 4) + 10)));

        var (status, body) = await CkanTokens.UploadAsync(Client, "gross", "gross.csv", big, token);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.True(body.GetProperty("error").TryGetProperty("upload", out _), body.ToString());
        Assert.Equal(before, await CkanTokens.CountsAsync(Host));
    }

    [Fact]
    public async Task resource_create_adds_a_link_to_a_published_dataset()
    {
        var token = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);
        Assert.Equal(HttpStatusCode.OK, (await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("mit-karte"), token)).Status);

        var (status, body) = await CkanTokens.PostAsync(Client, "resource_create",
            new { package_id = "mit-karte", url = "https://geo.beispiel.de/wms", name = "Karte", format = "WMS_SRVC" }, token);

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(1, body.GetProperty("result").GetProperty("position").GetInt32());
        var shown = await Tabular.Ckan.ResultAsync(Client, "package_show", "id=mit-karte");
        Assert.Equal(2, shown.GetProperty("num_resources").GetInt32());
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("resources")[1].GetProperty("url_type").ValueKind);
    }
}
