namespace SmartRegion.OpenData.Tabular;

/// <summary>Limits of the tabular store (<c>Modules:OpenData:Tabular</c>).</summary>
internal sealed class TabularOptions
{
    public const string Section = "Modules:OpenData:Tabular";

    /// <summary>Largest original file that is loaded (bytes). Larger files are refused with a clear error.</summary>
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of all entries of an XLSX file (bytes), counted while decompressing.</summary>
    public long MaxXlsxUncompressedBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Most entries an XLSX zip may hold.</summary>
    public int MaxXlsxEntries { get; set; } = 2_000;

    public int MaxColumns { get; set; } = 1_000;

    public int MaxCellChars { get; set; } = 100_000;

    /// <summary>Largest <c>limit</c> of one <c>datastore_search</c>.</summary>
    public int MaxLimit { get; set; } = 32_000;

    /// <summary>DuckDB's memory limit per database (e.g. <c>512MB</c>).</summary>
    public string MemoryLimit { get; set; } = "512MB";
}
