using System.Net;
using System.Text;
using System.Text.Json;
using SmartRegion.OpenData.Tabular;
using SmartRegion.TestKit;
using Xunit;

namespace SmartRegion.OpenData.Tests.Tabular;

public sealed class DatastoreSearchTests(TabularHost host) : IntegrationTest<TabularHost>(host), IClassFixture<TabularHost>
{
    private const string Injection = "x'); DROP TABLE records; --";

    private TabularResourceFile Towns() => Host.Resources.Add(Encoding.UTF8.GetBytes(
        "Gemeinde;Landkreis;Einwohner;Notiz\n" +
        "Würzburg;Stadt;127934;Bischofssitz\n" +
        "Höchberg;Würzburg;9612;\n" +
        "Rimpar;Würzburg;7812;\"=HYPERLINK(\"\"http://example.invalid\"\";\"\"klick\"\")\"\n" +
        "Ochsenfurt;Würzburg;11600;+49 9331 1234\n" +
        "Giebelstadt;Würzburg;5800;@SUMME(A1)\n" +
        $"\"{Injection.Replace("\"", "\"\"", StringComparison.Ordinal)}\";Würzburg;-5;-Test\n"));

    [Fact]
    public async Task a_filter_returns_only_matching_rows_with_the_total()
    {
        var file = Towns();

        var result = await Ckan.ResultAsync(Client, "datastore_search",
            $"resource_id={file.ResourceId}&filters={Ckan.Q("{\"Landkreis\":\"Würzburg\",\"Einwohner\":[\"9612\",7812]}")}");

        Assert.Equal(2, result.GetProperty("total").GetInt64());
        Assert.Equal(["Höchberg", "Rimpar"], result.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Gemeinde").GetString()));
    }

    [Fact]
    public async Task sql_in_a_filter_value_is_compared_as_data_and_never_run()
    {
        var file = Towns();

        var matching = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&filters={Ckan.Q(JsonSerializer.Serialize(new { Gemeinde = Injection }))}");
        var none = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&filters={Ckan.Q("{\"Gemeinde\":\"' OR 1=1 --\"}")}");
        var searched = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&q={Ckan.Q("'; DELETE FROM records; --")}");
        var after = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}");

        Assert.Equal(1, matching.GetProperty("total").GetInt64());
        Assert.Equal(Injection, matching.GetProperty("records")[0].GetProperty("Gemeinde").GetString());
        Assert.Equal(0, none.GetProperty("total").GetInt64());
        Assert.Equal(0, searched.GetProperty("total").GetInt64());
        Assert.Equal(6, after.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("filters", "{\"Gemeinde; DROP TABLE records\":\"x\"}", "Gemeinde; DROP TABLE records")]
    [InlineData("sort", "Einwohner desc, Bürgermeister asc", "Bürgermeister")]
    [InlineData("fields", "Gemeinde,c0", "c0")]
    [InlineData("q", "{\"_full_text\":\"x\"}", "_full_text")]
    public async Task an_unknown_field_is_a_validation_error_naming_it(string parameter, string value, string field)
    {
        var file = Towns();

        var (status, body) = await Ckan.GetAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&{parameter}={Ckan.Q(value)}");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Validation Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Contains($"„{field}“", body.GetProperty("error").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_filter_value_of_the_wrong_type_is_a_validation_error()
    {
        var file = Towns();

        var (status, body) = await Ckan.GetAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&filters={Ckan.Q("{\"Einwohner\":\"viele\"}")}");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("ganze Zahl", Ckan.ErrorText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task paging_links_lead_to_the_next_rows()
    {
        var file = Towns();

        var first = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&limit=2&sort={Ckan.Q("Einwohner desc")}");
        var next = first.GetProperty("_links").GetProperty("next").GetString()!;
        var second = await Ckan.ResultAsync(Client, "datastore_search", next[(next.IndexOf('?', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(6, first.GetProperty("total").GetInt64());
        Assert.Equal(2, first.GetProperty("limit").GetInt32());
        Assert.StartsWith("/api/3/action/datastore_search?resource_id=" + file.ResourceId, first.GetProperty("_links").GetProperty("start").GetString(), StringComparison.Ordinal);
        Assert.Contains("offset=2", next, StringComparison.Ordinal);
        Assert.Equal(["Würzburg", "Ochsenfurt"], first.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Gemeinde").GetString()));
        Assert.Equal(["Höchberg", "Rimpar"], second.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Gemeinde").GetString()));
    }

    [Fact]
    public async Task include_total_false_leaves_the_total_out()
    {
        var file = Towns();

        var result = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&include_total=false&limit=1");

        Assert.False(result.TryGetProperty("total", out _));
        Assert.False(result.GetProperty("include_total").GetBoolean());
        Assert.Equal(1, result.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task chosen_fields_and_full_text_search_narrow_the_answer()
    {
        var file = Towns();

        var result = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&q=bischof&fields=Gemeinde,Einwohner");

        Assert.Equal(["Gemeinde:text", "Einwohner:int"], Ckan.FieldTypes(result));
        var record = Assert.Single(result.GetProperty("records").EnumerateArray());
        Assert.Equal(["Gemeinde", "Einwohner"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal(127934, record.GetProperty("Einwohner").GetInt64());
    }

    [Theory]
    [InlineData("Gemeinde,Einwohner,Gemeinde")]
    [InlineData("[\"Gemeinde\",\"Einwohner\",\"Gemeinde\"]")]
    public async Task a_field_named_twice_is_shown_once_also_when_sorted(string fields)
    {
        var file = Towns();

        var result = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&sort=Einwohner&fields={Uri.EscapeDataString(fields)}");

        Assert.Equal(["Gemeinde:text", "Einwohner:int"], Ckan.FieldTypes(result));
        Assert.All(result.GetProperty("records").EnumerateArray(), r => Assert.Equal(["Gemeinde", "Einwohner"], r.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task q_as_an_object_searches_each_named_field()
    {
        var file = Towns();

        var result = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&q={Ckan.Q("{\"Gemeinde\":\"berg\",\"Landkreis\":\"würz\"}")}");

        Assert.Equal(["Höchberg"], result.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Gemeinde").GetString()));
    }

    [Fact]
    public async Task datastore_info_by_post_lists_the_fields_with_their_info()
    {
        var file = Towns();

        var (status, body) = await Ckan.PostAsync(Client, "datastore_info", new { id = file.ResourceId });

        Assert.Equal(HttpStatusCode.OK, status);
        var result = body.GetProperty("result");
        Assert.Equal(6, result.GetProperty("meta").GetProperty("count").GetInt64());
        Assert.Equal(file.Sha256, result.GetProperty("meta").GetProperty("sha256").GetString());
        var field = result.GetProperty("fields")[2];
        Assert.Equal("Einwohner", field.GetProperty("id").GetString());
        Assert.Equal("int", field.GetProperty("type").GetString());
        Assert.Equal("Einwohner", field.GetProperty("info").GetProperty("label").GetString());
        Assert.EndsWith("/api/3/action/help_show?name=datastore_info", body.GetProperty("help").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task csv_records_neutralise_spreadsheet_formulas_but_keep_numbers()
    {
        var file = Towns();

        var result = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&records_format=csv&fields=Gemeinde,Einwohner,Notiz");
        var objects = await Ckan.ResultAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&filters={Ckan.Q("{\"Gemeinde\":\"Rimpar\"}")}");

        var lines = result.GetProperty("records").GetString()!.Split("\r\n");
        Assert.Equal("csv", result.GetProperty("records_format").GetString());
        Assert.Equal("Würzburg,127934,Bischofssitz", lines[0]);
        Assert.Equal("Rimpar,7812,\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"klick\"\")\"", lines[2]);
        Assert.Equal("Ochsenfurt,11600,'+49 9331 1234", lines[3]);
        Assert.Equal("Giebelstadt,5800,'@SUMME(A1)", lines[4]);
        Assert.EndsWith(",-5,'-Test", lines[5], StringComparison.Ordinal);
        // The data itself is unchanged; only the CSV for spreadsheets is guarded.
        Assert.StartsWith("=HYPERLINK", objects.GetProperty("records")[0].GetProperty("Notiz").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_post_with_a_json_body_answers_like_get()
    {
        var file = Towns();

        var (status, body) = await Ckan.PostAsync(Client, "datastore_search", new
        {
            resource_id = file.ResourceId,
            filters = new Dictionary<string, object> { ["Gemeinde"] = new[] { "Rimpar", "Höchberg" } },
            sort = "Gemeinde",
            records_format = "lists",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var records = body.GetProperty("result").GetProperty("records");
        Assert.Equal("Höchberg", records[0][1].GetString());
        Assert.Equal(2, records[0][0].GetInt64());
        Assert.Equal("Rimpar", records[1][1].GetString());
    }

    [Fact]
    public async Task a_body_that_is_not_json_is_a_bad_request()
    {
        using var content = new StringContent("{resource_id: nope", Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(new Uri("/api/3/action/datastore_search", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"success\":false", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("offset=x", "offset")]
    [InlineData("records_format=xml", "records_format")]
    [InlineData("filters=%5B1%5D", "filters")]
    public async Task bad_paging_and_format_values_are_validation_errors(string parameter, string field)
    {
        var file = Towns();

        var (status, body) = await Ckan.GetAsync(Client, "datastore_search", $"resource_id={file.ResourceId}&{parameter}");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.True(body.GetProperty("error").TryGetProperty(field, out _), body.ToString());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task datastore_search_sql_is_not_offered(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/3/action/datastore_search_sql?sql=SELECT%201");
        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Contains("nicht angeboten", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
