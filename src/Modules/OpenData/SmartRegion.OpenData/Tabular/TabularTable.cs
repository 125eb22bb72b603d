using DuckDB.NET.Data;

namespace SmartRegion.OpenData.Tabular;

/// <summary>A loaded table opened for one query: its own read-only connection, its fields and its facts.</summary>
internal sealed class TabularTable(DuckDBConnection connection, IReadOnlyList<TabularField> fields, IReadOnlyDictionary<string, string> meta) : IDisposable
{
    public DuckDBConnection Connection { get; } = connection;

    public IReadOnlyList<TabularField> Fields { get; } = fields;

    public IReadOnlyDictionary<string, string> Meta { get; } = meta;

    public long Count => long.Parse(Meta.GetValueOrDefault("count", "0"), System.Globalization.CultureInfo.InvariantCulture);

    public TabularField? Field(string id) => Fields.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));

    public void Dispose() => Connection.Dispose();
}
