using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Database;
using SmartRegion.OpenData.Tabular;
using SmartRegion.TestKit;
using Xunit;

namespace SmartRegion.OpenData.Tests.Tabular;

public sealed class TabularStoreTests(TabularHost host) : IntegrationTest<TabularHost>(host), IClassFixture<TabularHost>
{
    [Fact]
    public async Task an_xlsx_sheet_is_loaded_with_typed_columns()
    {
        var file = Host.Resources.Add(Xlsx.Build(
        [
            ["Gemeinde", "Einwohner", "Anteil", "Kreisstadt"],
            ["Würzburg", 127934, 0.5, true],
            ["Höchberg", 9612, 0.25, false],
        ]), "XLSX");

        var result = await Ckan.ResultAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);

        Assert.Equal(["_id:int", "Gemeinde:text", "Einwohner:int", "Anteil:numeric", "Kreisstadt:bool"], Ckan.FieldTypes(result));
        Assert.Equal(2, result.GetProperty("total").GetInt64());
        Assert.Equal("Höchberg", result.GetProperty("records")[1].GetProperty("Gemeinde").GetString());
        Assert.Equal(0.25, result.GetProperty("records")[1].GetProperty("Anteil").GetDouble());
        Assert.True(result.GetProperty("records")[0].GetProperty("Kreisstadt").GetBoolean());
    }

    [Fact]
    public async Task an_xlsx_zip_bomb_is_refused_and_nothing_is_stored()
    {
        // 8 MB of XML whitespace packs into a few kilobytes; the test host allows 4 MB unpacked.
        var bomb = Xlsx.Build([["a"], ["b"]], padding: new string(' ', 8 * 1024 * 1024));
        Assert.True(bomb.Length < 64 * 1024);
        var file = Host.Resources.Add(bomb, "XLSX");

        var (status, body) = await Ckan.GetAsync(Client, "datastore_info", "id=" + file.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("entpackt größer als 4 MB", Ckan.ErrorText(body), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Host.TabularFolder, file.ResourceId + "*"));
    }

    [Theory]
    [InlineData("workbook")]
    [InlineData("sheet")]
    public async Task an_xlsx_with_a_document_type_definition_is_refused_as_unreadable_and_nothing_is_stored(string part)
    {
        const string Dtd = "<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>";
        var file = Host.Resources.Add(
            part == "workbook" ? Xlsx.Build([["a"], ["b"]], doctype: Dtd) : Xlsx.Build([["a"], ["b"]], sheetDoctype: Dtd), "XLSX");

        var (status, body) = await Ckan.GetAsync(Client, "datastore_info", "id=" + file.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("keine lesbare XLSX", Ckan.ErrorText(body), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Host.TabularFolder, file.ResourceId + "*"));
    }

    [Fact]
    public async Task a_file_named_xlsx_that_is_no_zip_is_refused()
    {
        var file = Host.Resources.Add(Encoding.UTF8.GetBytes("a;b\n1;2\n"), "XLSX");

        var (status, body) = await Ckan.GetAsync(Client, "datastore_info", "id=" + file.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("keine lesbare XLSX", Ckan.ErrorText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_corrected_file_loads_after_a_refused_one()
    {
        var broken = Host.Resources.Add(Encoding.UTF8.GetBytes("a;b\n1;2\n3\n"), id: "korrigiert-" + Guid.NewGuid().ToString("N")[..8]);
        var (refused, _) = await Ckan.GetAsync(Client, "datastore_info", "id=" + broken.ResourceId);

        var fixedFile = Host.Resources.Add(Encoding.UTF8.GetBytes("a;b\n1;2\n3;4\n"), id: broken.ResourceId);
        var info = await Ckan.ResultAsync(Client, "datastore_info", "id=" + fixedFile.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal(2, info.GetProperty("meta").GetProperty("count").GetInt64());
        Assert.Single(Directory.EnumerateFiles(Host.TabularFolder, broken.ResourceId + "*"));
    }

    [Fact]
    public async Task a_second_node_on_the_same_data_folder_serves_the_copy_the_first_built()
    {
        var file = Host.Resources.Add(Encoding.UTF8.GetBytes("Ort;Wert\nRimpar;1\nGerbrunn;2\n"));
        await Ckan.ResultAsync(Client, "datastore_info", "id=" + file.ResourceId);
        var copy = Assert.Single(Directory.EnumerateFiles(Host.TabularFolder, file.ResourceId + "*"));
        var builtAt = File.GetLastWriteTimeUtc(copy);

        using var secondNode = Store(Host.DataPath);
        using var table = await secondNode.OpenAsync(file, TestContext.Current.CancellationToken);

        Assert.Equal(2, table.Count);
        Assert.Equal(["Ort", "Wert"], table.Fields.Select(f => f.Id));
        Assert.Equal(builtAt, File.GetLastWriteTimeUtc(copy));
        var again = await Ckan.ResultAsync(Client, "datastore_search", "resource_id=" + file.ResourceId);
        Assert.Equal(2, again.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task a_node_with_its_own_data_folder_builds_its_own_copy_from_the_shared_original()
    {
        var file = Host.Resources.Add(Encoding.UTF8.GetBytes("Ort;Wert\nRimpar;1\n"));
        var ownFolder = Path.Combine(Host.DataPath, "node-2");

        using var node = Store(ownFolder);
        using var table = await node.OpenAsync(file, TestContext.Current.CancellationToken);
        using var command = table.Connection.CreateCommand();
        command.CommandText = "SELECT c0 FROM records";

        Assert.Equal("Rimpar", await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(ownFolder, "opendata", "tabular"), file.ResourceId + "-*.duckdb"));
    }

    [Fact]
    public async Task the_copy_is_opened_read_only()
    {
        var file = Host.Resources.Add(Encoding.UTF8.GetBytes("Ort;Wert\nRimpar;1\n"));
        using var node = Store(Host.DataPath);
        using var table = await node.OpenAsync(file, TestContext.Current.CancellationToken);
        using var command = table.Connection.CreateCommand();
        command.CommandText = "DELETE FROM records";

        Assert.ThrowsAny<Exception>(() => command.ExecuteNonQuery());
        Assert.Equal(1, table.Count);
    }

    /// <summary>Another node's store of copies: its own data folder, the host's file store for the originals.</summary>
    private TabularStore Store(string dataPath) => new(
        Options.Create(new TabularOptions()), Options.Create(new StorageOptions { DataPath = dataPath }), Host.Resources.Store, NullLogger<TabularStore>.Instance);
}
