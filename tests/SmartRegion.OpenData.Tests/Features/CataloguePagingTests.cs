using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>The catalogue's RDF comes in pages that link to each other with hydra, as harvesters expect.</summary>
public sealed class CataloguePagingTests(PagingHost host) : IntegrationTest<PagingHost>(host), IClassFixture<PagingHost>
{
    [Fact]
    public async Task the_pages_link_first_next_previous_and_last_and_together_hold_every_dataset_once()
    {
        var first = await Client.GetStringAsync(new Uri("/catalog.ttl", UriKind.Relative));
        var second = await Client.GetStringAsync(new Uri("/catalog.ttl?page=2", UriKind.Relative));
        var third = await Client.GetStringAsync(new Uri("/catalog.ttl?page=3", UriKind.Relative));

        Assert.Contains("a hydra:PagedCollection, hydra:PartialCollectionView", first, StringComparison.Ordinal);
        Assert.Contains("hydra:totalItems \"5\"^^xsd:integer", first, StringComparison.Ordinal);
        Assert.Contains("hydra:next <http://localhost/catalog?page=2>", first, StringComparison.Ordinal);
        Assert.Contains("hydra:nextPage \"http://localhost/catalog?page=2\"", first, StringComparison.Ordinal);
        Assert.Contains("hydra:last <http://localhost/catalog?page=3>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("hydra:previous", first, StringComparison.Ordinal);
        Assert.Contains("hydra:previous <http://localhost/catalog?page=1>", second, StringComparison.Ordinal);
        Assert.Contains("hydra:next <http://localhost/catalog?page=3>", second, StringComparison.Ordinal);
        Assert.Contains("hydra:previous <http://localhost/catalog?page=2>", third, StringComparison.Ordinal);
        Assert.DoesNotContain("hydra:next ", third, StringComparison.Ordinal);
        var datasets = System.Text.RegularExpressions.Regex.Matches(first + second + third, @"(?m)^<http://localhost/dataset/[0-9a-f-]{36}>$").Select(m => m.Value).ToList();
        Assert.Equal(5, datasets.Count);
        Assert.Equal(5, datasets.Distinct().Count());
    }
}
