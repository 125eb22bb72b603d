using System.Net;
using System.Text;
using SmartRegion.TestKit;
using Xunit;

namespace SmartRegion.OpenData.Tests.Tabular;

public sealed class TabularLoadingTests(TabularHost host) : IntegrationTest<TabularHost>(host), IClassFixture<TabularHost>
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    [Fact]
    public async Task a_semicolon_csv_with_german_numbers_dates_and_truth_values_gets_typed_columns()
    {
        var file = Host.Resources.Add(Utf8.GetBytes(
            "Gemeinde;Einwohner;Fläche km²;Stichtag;Kreisstadt;AGS\r\n" +
            "Würzburg;127.934;87,63;31.12.2023;ja;09663000\r\n" +
            "Höchberg;9.612;8,05;31.12.2023;nein;09679147\r\n" +
            "\"Ochsenfurt; Stadt\";11.600;37,6;01.01.2024;nein;09679170\r\n"));

        var info = await Ckan.ResultAsync(Client, "datastore_info", "id=" + file.ResourceId);
        var search = await Ckan.ResultAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);

        Assert.Equal(["Gemeinde:text", "Einwohner:int", "Fläche km²:numeric", "Stichtag:timestamp", "Kreisstadt:bool", "AGS:text"], Ckan.FieldTypes(info));
        Assert.Equal(3, info.GetProperty("meta").GetProperty("count").GetInt64());
        Assert.Equal(";", info.GetProperty("meta").GetProperty("delimiter").GetString());
        Assert.Equal("utf-8", info.GetProperty("meta").GetProperty("encoding").GetString());
        var first = search.GetProperty("records")[0];
        Assert.Equal(1, first.GetProperty("_id").GetInt64());
        Assert.Equal(127934, first.GetProperty("Einwohner").GetInt64());
        Assert.Equal(87.63, first.GetProperty("Fläche km²").GetDouble());
        Assert.Equal("2023-12-31T00:00:00", first.GetProperty("Stichtag").GetString());
        Assert.True(first.GetProperty("Kreisstadt").GetBoolean());
        Assert.Equal("09663000", first.GetProperty("AGS").GetString());
        Assert.Equal("Ochsenfurt; Stadt", search.GetProperty("records")[2].GetProperty("Gemeinde").GetString());
    }

    [Fact]
    public async Task a_windows_1252_file_keeps_its_umlauts()
    {
        var file = Host.Resources.Add(Windows1252.GetBytes("Gemeinde;Straße\nHöchberg;Hauptstraße 1\nGroßrinderfeld;Kürnacher Weg\n"));

        var info = await Ckan.ResultAsync(Client, "datastore_info", "id=" + file.ResourceId);
        var search = await Ckan.ResultAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);

        Assert.Equal("windows-1252", info.GetProperty("meta").GetProperty("encoding").GetString());
        Assert.Equal(["_id:int", "Gemeinde:text", "Straße:text"], Ckan.FieldTypes(search));
        Assert.Equal("Großrinderfeld", search.GetProperty("records")[1].GetProperty("Gemeinde").GetString());
        Assert.Equal("Hauptstraße 1", search.GetProperty("records")[0].GetProperty("Straße").GetString());
    }

    [Fact]
    public async Task a_comma_csv_with_byte_order_mark_and_english_decimals_is_read()
    {
        var file = Host.Resources.Add([.. Encoding.UTF8.GetPreamble(), .. Utf8.GetBytes("name,value,day\nA,1.5,2024-03-01\nB,\"2,000.25\",2024-03-02\n")]);

        var search = await Ckan.ResultAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);

        Assert.Equal(["_id:int", "name:text", "value:numeric", "day:timestamp"], Ckan.FieldTypes(search));
        Assert.Equal(2000.25, search.GetProperty("records")[1].GetProperty("value").GetDouble());
        Assert.Equal("2024-03-01T00:00:00", search.GetProperty("records")[0].GetProperty("day").GetString());
    }

    [Fact]
    public async Task a_tab_separated_file_is_read()
    {
        var file = Host.Resources.Add(Utf8.GetBytes("Ort\tAnzahl\nRimpar\t7\nVeitshöchheim\t12\n"));

        var search = await Ckan.ResultAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);

        Assert.Equal(["_id:int", "Ort:text", "Anzahl:int"], Ckan.FieldTypes(search));
        Assert.Equal(12, search.GetProperty("records")[1].GetProperty("Anzahl").GetInt64());
    }

    [Fact]
    public async Task a_file_without_a_header_row_gets_numbered_column_names()
    {
        var file = Host.Resources.Add(Utf8.GetBytes("1;2,5;01.02.2024\n2;3,5;02.02.2024\n"));

        var search = await Ckan.ResultAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);

        Assert.Equal(["_id:int", "column_1:int", "column_2:numeric", "column_3:timestamp"], Ckan.FieldTypes(search));
        Assert.Equal(2, search.GetProperty("total").GetInt64());
        Assert.Equal(2.5, search.GetProperty("records")[0].GetProperty("column_2").GetDouble());
    }

    [Fact]
    public async Task a_ragged_row_is_refused_with_its_line_number_and_nothing_is_stored()
    {
        var file = Host.Resources.Add(Utf8.GetBytes("a;b;c\n1;2;3\n4;5\n6;7;8\n"));

        var (status, body) = await Ckan.GetAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("Validation Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Contains("Zeile 3 hat 2 Felder", Ckan.ErrorText(body), StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(Host.TabularFolder)
            ? Directory.EnumerateFiles(Host.TabularFolder, file.ResourceId + "*")
            : []);
    }

    [Fact]
    public async Task a_file_mixing_utf8_and_windows_1252_is_refused_naming_both_lines()
    {
        byte[] content = [.. Utf8.GetBytes("Ort;Wert\nWürzburg;1\n"), .. Windows1252.GetBytes("Höchberg;2\n")];
        var file = Host.Resources.Add(content);

        var (status, body) = await Ckan.GetAsync(Client, "datastore_info", "id=" + file.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Zeile 2 ist UTF-8, Zeile 3 nicht", Ckan.ErrorText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_file_above_the_size_limit_is_refused_before_reading()
    {
        var row = Utf8.GetBytes("Würzburg;1\n");
        var content = new byte[TabularHost.MaxFileBytes + 100];
        for (var i = 0; i + row.Length <= content.Length; i += row.Length)
        {
            row.CopyTo(content, i);
        }

        var file = Host.Resources.Add(content);

        var (status, body) = await Ckan.GetAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("bis 1 MB geladen", Ckan.ErrorText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_file_that_does_not_match_its_checksum_is_refused()
    {
        var file = Host.Resources.Add(Utf8.GetBytes("a;b\n1;2\n"));
        await File.WriteAllTextAsync(Host.Resources.PathOf(file), "a;b\n1;3\n", TestContext.Current.CancellationToken);

        var (status, body) = await Ckan.GetAsync(Client, "datastore_info", "id=" + file.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Prüfsumme", Ckan.ErrorText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_unknown_resource_answers_not_found()
    {
        var (status, body) = await Ckan.GetAsync(Client, "datastore_search", "resource_id=gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Not Found Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Contains("gibt-es-nicht", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
