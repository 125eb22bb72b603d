using System.Net;
using SmartRegion.OpenData.Tabular;
using SmartRegion.TestKit;
using Xunit;

namespace SmartRegion.OpenData.Tests.Tabular;

/// <summary>
/// Workbooks the XLSX reader cannot read, whatever exception its parsing throws: the datastore answers CKAN's
/// validation error and keeps no copy, and the upload check refuses the same file.
/// </summary>
public sealed class DamagedXlsxTests(TabularHost host) : IntegrationTest<TabularHost>(host), IClassFixture<TabularHost>
{
    [Theory]
    [InlineData("datastore_info", "id")]
    [InlineData("datastore_search", "resource_id")]
    public async Task a_damaged_workbook_is_refused_as_unreadable_and_nothing_is_stored(string action, string parameter)
    {
        var file = Host.Resources.Add(Xlsx.Damaged(), "XLSX");

        var (status, body) = await Ckan.GetAsync(Client, action, parameter + "=" + file.ResourceId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("keine lesbare XLSX", Ckan.ErrorText(body), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Host.TabularFolder, file.ResourceId + "*"));
    }

    [Fact]
    public void the_upload_check_refuses_a_damaged_workbook_as_unreadable()
    {
        var path = Path.Combine(Host.DataPath, "beschaedigt-" + Guid.NewGuid().ToString("N") + ".xlsx");
        File.WriteAllBytes(path, Xlsx.Damaged());

        var refused = Assert.Throws<TabularLoadException>(() => TabularLoader.Check(path, "XLSX", new TabularOptions(), 100));

        Assert.Equal("NotXlsx", refused.Code);
    }
}
