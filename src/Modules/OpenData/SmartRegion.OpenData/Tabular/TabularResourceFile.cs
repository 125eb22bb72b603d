namespace SmartRegion.OpenData.Tabular;

/// <summary>A resource's original file, the source of truth for its table.</summary>
/// <param name="ResourceId">The resource id as the API names it.</param>
/// <param name="FilePath">Full path of the original file (readable by every node).</param>
/// <param name="Format"><c>CSV</c> or <c>XLSX</c>.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes; names the built table so a changed file gets a fresh one.</param>
internal sealed record TabularResourceFile(string ResourceId, string FilePath, string Format, string Sha256)
{
    public bool IsXlsx => string.Equals(Format, "XLSX", StringComparison.OrdinalIgnoreCase);
}
