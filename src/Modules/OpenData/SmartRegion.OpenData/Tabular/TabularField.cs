namespace SmartRegion.OpenData.Tabular;

/// <summary>A column of a loaded table: its id (the header), its type and its position (stored as column <c>c{Position}</c>).</summary>
internal sealed record TabularField(int Position, string Id, ColumnType Type)
{
    /// <summary>The column's name in the store; generated, never taken from input, so it needs no quoting.</summary>
    public string Column => "c" + Position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string TypeName => TypeNameOf(Type);

    public static string TypeNameOf(ColumnType type) => type switch
    {
        ColumnType.Int => "int",
        ColumnType.Numeric => "numeric",
        ColumnType.Timestamp => "timestamp",
        ColumnType.Bool => "bool",
        _ => "text",
    };
}
