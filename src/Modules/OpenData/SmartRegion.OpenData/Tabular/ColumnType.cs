namespace SmartRegion.OpenData.Tabular;

/// <summary>The type of a column, named as CKAN's DataStore names it.</summary>
internal enum ColumnType
{
    Text,
    Int,
    Numeric,
    Timestamp,
    Bool,
}
