using System.Net;
using System.Text.Json;
using SmartRegion.TestKit;
using static SmartRegion.OpenData.Tests.Tabular.Ckan;

namespace SmartRegion.OpenData.Tests.Ckan;

/// <summary><c>package_search</c>: words, filters, facets, paging and sorting over the published datasets, and what it refuses.</summary>
public sealed class CkanSearchTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    private static string[] Names(JsonElement result) => [.. result.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];

    private async Task<string> PublishAsync(string name, string? ownerOrg = "hoechberg", string licence = "cc-by/4.0")
    {
        var token = await CkanTokens.IssueAsync(Host, Personas.StaffHoechberg, Personas.Hoechberg);
        var (status, body) = await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete(name, ownerOrg, licence), token);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal("active", body.GetProperty("result").GetProperty("state").GetString());
        return token;
    }

    [Fact]
    public async Task all_published_datasets_are_found_with_star_colon_star_and_none_of_the_drafts()
    {
        var token = await PublishAsync("baeume-a");
        var draft = CkanTokens.Complete("baeume-entwurf");
        draft["state"] = "draft";
        Assert.Equal(HttpStatusCode.OK, (await CkanTokens.PostAsync(Client, "package_create", draft, token)).Status);

        var result = await ResultAsync(Client, "package_search", "q=" + Q("*:*") + "&rows=1000");

        var names = Names(result);
        Assert.Equal(result.GetProperty("count").GetInt32(), names.Length);
        Assert.Contains("baeume-a", names);
        Assert.Contains("gemeinden-der-region-wuerzburg", names);
        Assert.DoesNotContain("baeume-entwurf", names);
    }

    [Fact]
    public async Task words_must_all_appear_in_title_description_keywords_or_publisher()
    {
        await PublishAsync("baeume-b");

        Assert.Equal(["baeume-b"], Names(await ResultAsync(Client, "package_search", "q=" + Q("Pflanzjahr bäume"))));
        Assert.Equal(0, (await ResultAsync(Client, "package_search", "q=" + Q("Pflanzjahr Einwohner"))).GetProperty("count").GetInt32());
        Assert.Contains("baeume-b", Names(await ResultAsync(Client, "package_search", "q=" + Q("tags:Umwelt"))));
    }

    [Fact]
    public async Task filters_narrow_by_organisation_format_group_tag_licence_and_time()
    {
        await PublishAsync("baeume-c");

        var hoechberg = Names(await ResultAsync(Client, "package_search", "rows=100&fq=" + Q("organization:hoechberg")));
        Assert.Contains("baeume-c", hoechberg);
        Assert.DoesNotContain("gemeinden-der-region-wuerzburg", hoechberg);
        Assert.Equal(["baeume-c"], Names(await ResultAsync(Client, "package_search", "fq=" + Q("tags:\"Bäume\" AND res_format:CSV"))));
        Assert.Equal(["baeume-c"], Names(await ResultAsync(Client, "package_search", "fq=" + Q("groups:envi license_id:cc-by/4.0 tags:Umwelt"))));
        Assert.Equal(["baeume-c"], Names(await ResultAsync(Client, "package_search", "fq=" + Q("+license_id:(cc-by/4.0 OR cc-zero) AND tags:(Bäume OR Obstbäume)"))));
        Assert.Contains("baeume-c", Names(await ResultAsync(Client, "package_search", "rows=100&fq=" + Q("metadata_modified:[2020-01-01T00:00:00Z TO *]"))));
        Assert.Equal(0, (await ResultAsync(Client, "package_search", "fq=" + Q("metadata_modified:[* TO 2020-01-01T00:00:00Z]"))).GetProperty("count").GetInt32());
        Assert.Equal(0, (await ResultAsync(Client, "package_search", "fq=" + Q("organization:rimpar res_format:CSV"))).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task facets_count_the_hits_per_value_with_display_names()
    {
        await PublishAsync("baeume-d");

        var result = await ResultAsync(Client, "package_search", "rows=0&facet.field=" + Q("[\"organization\",\"res_format\",\"groups\",\"license_id\"]"));

        var total = result.GetProperty("count").GetInt32();
        Assert.Equal(0, result.GetProperty("results").GetArrayLength());
        var orgs = result.GetProperty("facets").GetProperty("organization");
        var hoechberg = (await ResultAsync(Client, "package_search", "rows=0&fq=" + Q("organization:hoechberg"))).GetProperty("count").GetInt32();
        Assert.Equal(hoechberg, orgs.GetProperty("hoechberg").GetInt32());
        Assert.True(hoechberg >= 1);
        Assert.Equal(total, orgs.EnumerateObject().Sum(o => o.Value.GetInt32()));
        var envi = result.GetProperty("search_facets").GetProperty("groups").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "envi");
        Assert.Equal("Umwelt", envi.GetProperty("display_name").GetString());
        var formats = result.GetProperty("search_facets").GetProperty("res_format");
        Assert.Equal("res_format", formats.GetProperty("title").GetString());
        var counts = formats.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task rows_start_and_sort_page_through_the_hits_in_order()
    {
        await PublishAsync("baeume-e");
        var all = Names(await ResultAsync(Client, "package_search", "rows=1000&sort=" + Q("name asc")));
        Assert.Equal(all.Order(StringComparer.Ordinal), all);

        var second = Names(await ResultAsync(Client, "package_search", "rows=2&start=2&sort=" + Q("name asc")));
        Assert.Equal(all.Skip(2).Take(2), second);
        var descending = Names(await ResultAsync(Client, "package_search", "rows=1000&sort=" + Q("title_string desc")));
        Assert.Equal(all.Length, descending.Length);
        var newest = Names(await ResultAsync(Client, "package_search", "rows=1&sort=" + Q("metadata_modified desc")));
        Assert.Equal(["baeume-e"], newest);
        var defaults = await ResultAsync(Client, "package_search", "");
        Assert.Equal(Math.Min(10, all.Length), defaults.GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("fq", "publisher:hoechberg", "publisher")]
    [InlineData("fq", "organization:hoechberg OR 1=1", "1=1")]
    [InlineData("fq", "name:\"offen", "fq")]
    [InlineData("fq", "metadata_modified:gestern", "metadata_modified")]
    [InlineData("sort", "name; DROP TABLE opendata_datasets", "sort")]
    [InlineData("rows", "-1", "rows")]
    [InlineData("rows", "zehn", "rows")]
    [InlineData("facet.field", "[\"maintainer\"]", "maintainer")]
    public async Task bad_search_parameters_are_validation_errors_naming_the_problem(string parameter, string value, string named)
    {
        var (status, body) = await GetAsync(Client, "package_search", parameter + "=" + Q(value));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("Validation Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Contains(named, body.GetProperty("error").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name:\"x'; DROP TABLE opendata_datasets; --\"")]
    [InlineData("tags:\"' OR '1'='1\"")]
    public async Task sql_in_filter_values_is_just_a_value_that_matches_nothing(string fq)
    {
        var before = await ResultAsync(Client, "package_search", "rows=0");

        var result = await ResultAsync(Client, "package_search", "fq=" + Q(fq) + "&q=" + Q("'; DELETE FROM opendata_datasets; --"));

        Assert.Equal(0, result.GetProperty("count").GetInt32());
        Assert.Equal(before.GetProperty("count").GetInt32(), (await ResultAsync(Client, "package_search", "rows=0")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task rows_above_the_maximum_are_capped_at_a_thousand()
    {
        var result = await ResultAsync(Client, "package_search", "rows=5000");
        Assert.True(result.GetProperty("results").GetArrayLength() <= 1000);
    }

    [Fact]
    public async Task search_accepts_its_parameters_as_a_json_post_as_ckan_clients_send_them()
    {
        await PublishAsync("baeume-f");

        var (status, body) = await PostAsync(Client, "package_search", new Dictionary<string, object> { ["fq"] = "organization:hoechberg tags:Bäume", ["rows"] = 5, ["facet.field"] = new[] { "tags" } });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["baeume-f"], Names(body.GetProperty("result")));
        Assert.Equal(1, body.GetProperty("result").GetProperty("facets").GetProperty("tags").GetProperty("Umwelt").GetInt32());
    }
}
