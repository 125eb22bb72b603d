namespace SmartRegion.OpenData.Rdf;

/// <summary>Which slice of the catalogue an RDF document shows, for the hydra paging links.</summary>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Datasets per page.</param>
/// <param name="Total">Published datasets that match.</param>
/// <param name="ModifiedSince">The filter, carried into every paging link.</param>
internal sealed record CatalogPage(int Page, int PageSize, int Total, DateTimeOffset? ModifiedSince)
{
    public int LastPage => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
