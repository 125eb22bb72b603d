namespace SmartRegion.OpenData.Tabular;

/// <summary>One row as read from the file: its line (CSV) or row number (XLSX) and its cells as text.</summary>
internal sealed record TabularRow(long Line, string[] Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
