namespace SmartRegion.OpenData.Tabular;

/// <summary>A resource's original file, the source of truth for its table.</summary>
/// <param name="ResourceId">The resource id as the API names it.</param>
/// <param name="Key">The original's key in the file store (IFileStore), which every node reads.</param>
/// <param name="Format"><c>CSV</c> or <c>XLSX</c>.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes; names the built table so a changed file gets a fresh one.</param>
/// <param name="Title">The resource's title for the preview page; null: the page names the id.</param>
/// <param name="DatasetPath">Address of the page the resource belongs to, linked from the preview; null: no link.</param>
internal sealed record TabularResourceFile(string ResourceId, string Key, string Format, string Sha256, string? Title = null, string? DatasetPath = null)
{
    public bool IsXlsx => string.Equals(Format, "XLSX", StringComparison.OrdinalIgnoreCase);
}
