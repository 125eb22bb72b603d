namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// The seam to the catalogue: which original file stands behind a resource id. The catalogue owns resources and their
/// files; the tabular store only ever reads the file it is pointed at.
/// </summary>
internal interface ITabularResources
{
    /// <summary>The resource's original file, or null when there is no such resource or it is not CSV or XLSX.</summary>
    Task<TabularResourceFile?> FindAsync(string resourceId, CancellationToken ct);
}
