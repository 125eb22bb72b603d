using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Turns a checked <see cref="DatastoreQuery"/> into SQL for one table. Column names in the SQL are generated
/// (<c>c0</c>, <c>c1</c>, …) from the table's own field list; every value from the request is a parameter. A field the
/// table does not have is a validation error naming it, never part of the SQL.
/// </summary>
internal sealed class DatastoreSql
{
    private readonly List<DuckDBParameter> _parameters = [];
    private readonly List<string> _where = [];

    public string Where => _where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _where);

    public string OrderBy { get; private set; } = " ORDER BY _id";

    public IReadOnlyList<TabularField> Selected { get; private set; } = [];

    public bool SelectsId { get; private set; } = true;

    public static DatastoreSql? Build(DatastoreQuery query, TabularTable table, ValidationErrors errors, IStringLocalizer<TabularText> text)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        var sql = new DatastoreSql();
        foreach (var (id, values) in query.Filters)
        {
            var field = Known(table, id, "filters", errors, text);
            if (field is null)
            {
                continue;
            }

            var parameters = new List<string>();
            var nulls = false;
            foreach (var value in values)
            {
                if (value.ValueKind == JsonValueKind.Null)
                {
                    nulls = true;
                }
                else if (Convert(field, value) is { } converted)
                {
                    parameters.Add(sql.Parameter(converted));
                }
                else
                {
                    errors.Add("filters", text["Query.FilterType", id, text["Type." + field.TypeName]]);
                }
            }

            var parts = new List<string>();
            if (parameters.Count > 0)
            {
                parts.Add(parameters.Count == 1 ? $"{field.Column} = {parameters[0]}" : $"{field.Column} IN ({string.Join(", ", parameters)})");
            }

            if (nulls)
            {
                parts.Add($"{field.Column} IS NULL");
            }

            sql._where.Add("(" + string.Join(" OR ", parts) + ")");
        }

        if (query.Q is { } q)
        {
            var all = "concat_ws(' ', " + string.Join(", ", table.Fields.Select(f => f.Column)) + ")";
            foreach (var word in q.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10))
            {
                sql._where.Add($"{all} ILIKE {sql.Parameter(Contains(word))} ESCAPE '\\'");
            }
        }

        foreach (var (id, value) in query.QFields)
        {
            if (Known(table, id, "q", errors, text) is { } field)
            {
                sql._where.Add($"CAST({field.Column} AS VARCHAR) ILIKE {sql.Parameter(Contains(value.Trim()))} ESCAPE '\\'");
            }
        }

        if (query.Fields is { } fields)
        {
            sql.SelectsId = fields.Contains("_id");
            sql.Selected = [.. fields.Where(f => f != "_id").Select(f => Known(table, f, "fields", errors, text)).OfType<TabularField>()];
        }
        else
        {
            sql.Selected = table.Fields;
        }

        if (query.Sort is { } sort)
        {
            var order = new List<string>();
            foreach (var part in sort.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, descending) = SortPart(part);
                if (name == "_id")
                {
                    order.Add("_id" + (descending ? " DESC" : ""));
                }
                else if (Known(table, name, "sort", errors, text) is { } field)
                {
                    order.Add(field.Column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST"));
                }
            }

            order.Add("_id");
            sql.OrderBy = " ORDER BY " + string.Join(", ", order);
        }

        return errors.IsEmpty ? sql : null;
    }

    public string Select(int limit, int offset)
    {
        var columns = (SelectsId ? new[] { "_id" } : []).Concat(Selected.Select(f => f.Column)).DefaultIfEmpty("_id");
        return $"SELECT {string.Join(", ", columns)} FROM records{Where}{OrderBy} LIMIT {limit.ToString(CultureInfo.InvariantCulture)} OFFSET {offset.ToString(CultureInfo.InvariantCulture)}";
    }

    public string Count() => "SELECT count(*) FROM records" + Where;

    public void Bind(DuckDBCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var p in _parameters)
        {
            command.Parameters.Add(new DuckDBParameter(p.ParameterName, p.Value));
        }
    }

    private string Parameter(object value)
    {
        var name = "p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new DuckDBParameter(name, value));
        return "$" + name;
    }

    private static TabularField? Known(TabularTable table, string id, string parameter, ValidationErrors errors, IStringLocalizer<TabularText> text)
    {
        var field = table.Field(id);
        if (field is null)
        {
            errors.Add(parameter, text["Query.UnknownField", id]);
        }

        return field;
    }

    private static (string Name, bool Descending) SortPart(string part)
    {
        var descending = false;
        if (part.EndsWith(" desc", StringComparison.OrdinalIgnoreCase))
        {
            descending = true;
            part = part[..^5].TrimEnd();
        }
        else if (part.EndsWith(" asc", StringComparison.OrdinalIgnoreCase))
        {
            part = part[..^4].TrimEnd();
        }

        if (part.Length >= 2 && part[0] == '"' && part[^1] == '"')
        {
            part = part[1..^1];
        }

        return (part, descending);
    }

    private static string Contains(string word)
    {
        var escaped = new StringBuilder(word.Length + 2).Append('%');
        foreach (var c in word)
        {
            if (c is '%' or '_' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.Append('%').ToString();
    }

    /// <summary>A filter value as the column's type, or null when it is not one.</summary>
    private static object? Convert(TabularField field, JsonElement value)
    {
        var raw = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
        return field.Type switch
        {
            ColumnType.Int => CellParser.TryInteger(raw, german: false, out var n) || CellParser.TryInteger(raw, german: true, out n) ? n : null,
            ColumnType.Numeric => CellParser.TryNumber(raw, german: false, out var d, out _) || CellParser.TryNumber(raw, german: true, out d, out _) ? d : null,
            ColumnType.Timestamp => CellParser.TryDate(raw, out var t) ? t : null,
            ColumnType.Bool => CellParser.TryBool(raw, out var b) ? b : null,
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : raw,
        };
    }
}
