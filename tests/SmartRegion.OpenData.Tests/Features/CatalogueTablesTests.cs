using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.OpenData.Tests.Tabular;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>The catalogue's CSV and XLSX files are the datastore's tables: queryable, previewed, and only when published.</summary>
public sealed class CatalogueTablesTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    private async Task<(Guid Dataset, Guid Distribution)> SeededAsync(string datasetName, string format)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var dataset = await db.Datasets.AsNoTracking().Where(d => d.Name == datasetName).Select(d => d.Id).SingleAsync(TestContext.Current.CancellationToken);
        var distribution = await db.Distributions.AsNoTracking().Where(x => x.DatasetId == dataset && x.FormatCode == format).Select(x => x.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        return (dataset, distribution);
    }

    [Fact]
    public async Task the_seeded_population_csv_is_queryable_through_datastore_search_with_filters()
    {
        var (_, id) = await SeededAsync("einwohner-der-gemeinden", "CSV");

        var result = await Tabular.Ckan.ResultAsync(Client, "datastore_search", $"resource_id={id}&filters={Tabular.Ckan.Q("{\"name\":\"Rimpar\"}")}");

        Assert.Equal(1, result.GetProperty("total").GetInt64());
        var record = result.GetProperty("records")[0];
        Assert.Equal("09679180", record.GetProperty("ags").GetString());
        Assert.True(record.GetProperty("einwohner").GetInt64() > 1000);
        Assert.Equal(["_id:int", "ags:text", "name:text", "einwohner:int", "stichtag:timestamp"], Tabular.Ckan.FieldTypes(result));
    }

    [Fact]
    public async Task datastore_info_describes_the_seeded_population_csv()
    {
        var (_, id) = await SeededAsync("einwohner-der-gemeinden", "CSV");

        var result = await Tabular.Ckan.ResultAsync(Client, "datastore_info", $"id={id}");

        Assert.Equal(53, result.GetProperty("meta").GetProperty("count").GetInt64());
        Assert.Contains("einwohner:int", Tabular.Ckan.FieldTypes(result));
    }

    [Fact]
    public async Task the_preview_page_of_the_seeded_csv_shows_the_table_and_a_chart()
    {
        var (_, id) = await SeededAsync("einwohner-der-gemeinden", "CSV");

        var page = await GetPageAsync($"/daten/tabellen/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tabelle: Einwohner je Gemeinde (CSV)", page.H1);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/daten/einwohner-der-gemeinden']"));
        Assert.Contains(page.Document.QuerySelectorAll("thead th"), th => th.TextContent.Contains("einwohner", StringComparison.Ordinal));
        Assert.Equal(20, page.Document.QuerySelectorAll("#vorschau-tabelle-beschriftung ~ tbody tr, section[aria-labelledby=vorschau] tbody tr").Length);
        Assert.NotNull(page.Document.QuerySelector("figure svg[role=img]"));
    }

    [Fact]
    public async Task a_withdrawn_datasets_table_is_not_found_for_the_public_but_still_there_for_its_staff()
    {
        var (dataset, id) = await SeededAsync("einwohner-der-gemeinden", "CSV");
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        using var withdraw = await Client.PostAsync(new Uri($"/api/opendata/datasets/{dataset}/withdraw", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        using var anonymous = Host.CreateBrowserClient();

        var (searchStatus, _) = await Tabular.Ckan.GetAsync(anonymous, "datastore_search", $"resource_id={id}");
        var (infoStatus, _) = await Tabular.Ckan.GetAsync(anonymous, "datastore_info", $"id={id}");
        var page = await HtmlPage.LoadAsync(anonymous, $"/daten/tabellen/{id}");
        var (staffStatus, _) = await Tabular.Ckan.GetAsync(Client, "datastore_search", $"resource_id={id}");

        Assert.Equal(HttpStatusCode.NotFound, searchStatus);
        Assert.Equal(HttpStatusCode.NotFound, infoStatus);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.OK, staffStatus);
    }

    [Fact]
    public async Task a_drafts_csv_is_not_found_for_the_public()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var dataset = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg, "Entwurf mit Tabelle"));
        using var upload = await CatalogueApi.UploadAsync(Client, dataset, "entwurf.csv", "a;b\n1;2\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = await DistributionOfAsync(dataset);
        using var anonymous = Host.CreateBrowserClient();

        var (status, _) = await Tabular.Ckan.GetAsync(anonymous, "datastore_search", $"resource_id={id}");
        var (staffStatus, _) = await Tabular.Ckan.GetAsync(Client, "datastore_search", $"resource_id={id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.OK, staffStatus);
    }

    [Fact]
    public async Task a_file_that_is_not_a_table_has_no_datastore()
    {
        var (_, id) = await SeededAsync("spielplaetze-rimpar", "GEOJSON");

        var (status, _) = await Tabular.Ckan.GetAsync(Client, "datastore_search", $"resource_id={id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private async Task<Guid> DistributionOfAsync(Guid dataset)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        return await db.Distributions.AsNoTracking().Where(d => d.DatasetId == dataset).Select(d => d.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
