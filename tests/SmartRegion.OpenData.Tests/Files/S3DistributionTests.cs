using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Files;
using SmartRegion.OpenData.Tests.Features;
using SmartRegion.OpenData.Tests.Tabular;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Files;

/// <summary>
/// With <c>Files:Store = s3</c> the distributions live in the bucket, not in the data folder: uploaded through the API,
/// downloaded back, queried as tables, and a node's DuckDB copy that is gone is built again from the bucket.
/// </summary>
public sealed class S3DistributionTests(S3OpenDataHost host) : IntegrationTest<S3OpenDataHost>(host), IClassFixture<S3OpenDataHost>
{
    private static readonly byte[] Csv = "Gemeinde;Einwohner\nHöchberg;9500\nRimpar;7700\nGerbrunn;6300\n"u8.ToArray();

    private async Task<(Guid Dataset, Guid Distribution)> UploadedAsync(bool publish)
    {
        S3TestServer.Require(Host.S3);
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var dataset = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg, "Einwohner " + Guid.NewGuid().ToString("N")[..6]));
        using (var upload = await CatalogueApi.UploadAsync(Client, dataset, "einwohner.csv", Csv))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        if (publish)
        {
            using var published = await Client.PostAsync(new Uri($"/api/opendata/datasets/{dataset}/publish", UriKind.Relative), null, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var distribution = await db.Distributions.AsNoTracking().Where(d => d.DatasetId == dataset).Select(d => d.Id).SingleAsync(TestContext.Current.CancellationToken);
        return (dataset, distribution);
    }

    private async Task<List<string>> ObjectsAsync(string prefix)
    {
        var keys = new List<string>();
        await foreach (var item in Host.Services.GetRequiredService<IFileStore>().ListAsync(prefix, TestContext.Current.CancellationToken))
        {
            keys.Add(item.Key);
        }

        return keys;
    }

    [Fact]
    public async Task an_uploaded_distribution_is_kept_in_the_bucket_and_downloads_the_same()
    {
        var (dataset, distribution) = await UploadedAsync(publish: false);

        using var download = await Client.GetAsync(new Uri($"/daten/{dataset}/dateien/{distribution}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Csv, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("einwohner.csv", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.IsType<S3FileStore>(Host.Services.GetRequiredService<IFileStore>());
        Assert.Equal([$"opendata/files/{dataset:N}/{distribution:N}"], await ObjectsAsync($"opendata/files/{dataset:N}/"));
        Assert.False(Directory.Exists(Path.Combine(Host.DataPath, "opendata", "files")));
    }

    [Fact]
    public async Task a_csv_in_the_bucket_is_searchable_and_its_deleted_copy_is_built_again_from_the_bucket()
    {
        var (_, distribution) = await UploadedAsync(publish: true);
        var search = $"resource_id={distribution}&filters={Tabular.Ckan.Q("{\"Gemeinde\":\"Rimpar\"}")}";

        var first = await Tabular.Ckan.ResultAsync(Client, "datastore_search", search);
        var copy = Assert.Single(Directory.EnumerateFiles(Path.Combine(Host.DataPath, "opendata", "tabular"), distribution + "-*.duckdb"));
        File.Delete(copy);
        var again = await Tabular.Ckan.ResultAsync(Client, "datastore_search", search);

        Assert.Equal(1, first.GetProperty("total").GetInt64());
        Assert.Equal(7700, first.GetProperty("records")[0].GetProperty("Einwohner").GetInt64());
        Assert.Equal(1, again.GetProperty("total").GetInt64());
        Assert.True(File.Exists(copy), "The deleted copy was not built again.");
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Host.DataPath, "opendata", "tabular"), "*source*"));
        Assert.False(Directory.Exists(Path.Combine(Host.DataPath, "opendata", "files")));
    }
}
