namespace SmartRegion.OpenData.Tabular;

/// <summary>Until the catalogue provides the files behind its resources, no resource has a table.</summary>
internal sealed class NoTabularResources : ITabularResources
{
    public Task<TabularResourceFile?> FindAsync(string resourceId, CancellationToken ct) => Task.FromResult<TabularResourceFile?>(null);
}
