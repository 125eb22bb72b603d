using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Builds a table from an original CSV or XLSX file into a new DuckDB file, in two passes over the file: the first
/// checks the shape and decides the column types, the second appends typed values. Throws
/// <see cref="TabularLoadException"/> for anything wrong with the file; the caller owns (and deletes) the target file.
/// </summary>
internal static class TabularLoader
{
    internal sealed record Summary(long Rows, IReadOnlyList<TabularField> Fields, string Encoding, string Delimiter, bool HasHeader);

    /// <summary>Loads the local copy <paramref name="path"/> of the resource's original into the DuckDB file <paramref name="target"/>.</summary>
    public static Summary Load(TabularResourceFile file, string path, string target, TabularOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw TabularLoadException.Because("Missing");
        }

        if (info.Length > options.MaxFileBytes)
        {
            throw TabularLoadException.Because("TooLarge", info.Length / (1024 * 1024), options.MaxFileBytes / (1024 * 1024));
        }

        var (rows, encodingName, delimiterName, preferGerman, ragged) = Source(path, file.IsXlsx, options);
        var shape = Inspect(rows(), options, preferGerman, ragged);
        var meta = new Dictionary<string, string>
        {
            ["format"] = file.IsXlsx ? "XLSX" : "CSV",
            ["sha256"] = file.Sha256.ToLowerInvariant(),
            ["encoding"] = encodingName,
            ["delimiter"] = delimiterName,
            ["header"] = shape.HasHeader ? "true" : "false",
            ["count"] = shape.Rows.ToString(CultureInfo.InvariantCulture),
        };
        Write(target, rows(), shape, meta);
        return new Summary(shape.Rows, shape.Fields, encodingName, delimiterName, shape.HasHeader);
    }

    /// <summary>
    /// Checks the first <paramref name="maxRows"/> rows as a load would (shape, column count, cell length, a readable
    /// XLSX within its limits), so that an upload is refused at once rather than at its first query. Throws
    /// <see cref="TabularLoadException"/>.
    /// </summary>
    public static void Check(string path, string format, TabularOptions options, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var (rows, _, _, preferGerman, ragged) = Source(path, string.Equals(format, "XLSX", StringComparison.OrdinalIgnoreCase), options);
        Inspect(rows().Take(maxRows), options, preferGerman, ragged);
    }

    private static (Func<IEnumerable<TabularRow>> Rows, string Encoding, string Delimiter, bool PreferGerman, bool Ragged) Source(
        string path, bool isXlsx, TabularOptions options)
    {
        Func<IEnumerable<TabularRow>> rows;
        string encodingName, delimiterName = "";
        var preferGerman = true;
        var ragged = true;
        if (isXlsx)
        {
            XlsxGuard.Check(path, options);
            rows = new XlsxRows(path, options.MaxCellChars).Read;
            encodingName = "xlsx";
            preferGerman = false;
            ragged = false;
        }
        else
        {
            Encoding encoding;
            using (var stream = File.OpenRead(path))
            {
                encoding = TextEncodingSniffer.Detect(stream);
            }

            char delimiter;
            using (var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true))
            {
                delimiter = DelimiterSniffer.Detect(reader);
            }

            rows = new CsvRows(path, encoding, delimiter, options.MaxCellChars).Read;
            encodingName = TextEncodingSniffer.Name(encoding);
            delimiterName = delimiter == '\t' ? "tab" : delimiter.ToString();
            preferGerman = delimiter != ',';
        }

        return (rows, encodingName, delimiterName, preferGerman, ragged);
    }

    private sealed record Shape(string[] First, bool HasHeader, TabularField[] Fields, bool[] German, long Rows);

    private static Shape Inspect(IEnumerable<TabularRow> rows, TabularOptions options, bool preferGerman, bool checkRagged)
    {
        TabularRow? first = null;
        ColumnProfile[] profiles = [];
        long count = 0;
        foreach (var row in rows)
        {
            if (row.IsBlank)
            {
                continue;
            }

            if (first is null)
            {
                first = row;
                if (row.Cells.Length > options.MaxColumns)
                {
                    throw TabularLoadException.Because("TooManyColumns", row.Cells.Length, options.MaxColumns);
                }

                profiles = [.. row.Cells.Select(_ => new ColumnProfile())];
                continue;
            }

            if (row.Cells.Length != profiles.Length && (checkRagged || row.Cells.Length > profiles.Length))
            {
                throw TabularLoadException.Because("Ragged", row.Line, row.Cells.Length, profiles.Length);
            }

            count++;
            for (var i = 0; i < row.Cells.Length; i++)
            {
                profiles[i].Observe(row.Cells[i]);
            }
        }

        if (first is null)
        {
            throw TabularLoadException.Because("Empty");
        }

        var decided = profiles.Select(p => p.Decide(preferGerman)).ToArray();
        // The first row is data, not a header, when each of its cells fits its column and some column is not text.
        var hasHeader = count == 0 || decided.All(d => d.Type == ColumnType.Text)
            || first.Cells.Select((cell, i) => cell.Length == 0 || ColumnProfile.Fits(decided[i].Type, decided[i].German, cell)).Any(fits => !fits);
        if (!hasHeader)
        {
            count++;
        }

        var names = Names(hasHeader ? first.Cells : new string[first.Cells.Length]);
        var fields = decided.Select((d, i) => new TabularField(i, names[i], d.Type)).ToArray();
        return new Shape(first.Cells, hasHeader, fields, [.. decided.Select(d => d.German)], count);
    }

    private static string[] Names(string[] header)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "_id", "_full_text" };
        var names = new string[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            var name = string.IsNullOrWhiteSpace(header[i]) ? "column_" + (i + 1).ToString(CultureInfo.InvariantCulture) : header[i].Trim();
            var candidate = name;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            names[i] = candidate;
        }

        return names;
    }

    private static void Write(string target, IEnumerable<TabularRow> rows, Shape shape, Dictionary<string, string> meta)
    {
        using var connection = new DuckDBConnection("Data Source=" + target);
        connection.Open();
        var columns = string.Join(", ", shape.Fields.Select(f => f.Column + " " + SqlType(f.Type)));
        Execute(connection, $"CREATE TABLE records (_id BIGINT NOT NULL, {columns})");
        Execute(connection, "CREATE TABLE fields (position INTEGER, id VARCHAR, type VARCHAR)");
        long id = 0;
        using (var appender = connection.CreateAppender("records"))
        {
            var skipped = !shape.HasHeader;
            foreach (var row in rows)
            {
                if (row.IsBlank)
                {
                    continue;
                }

                if (!skipped)
                {
                    skipped = true;
                    continue;
                }

                var line = appender.CreateRow().AppendValue(++id);
                for (var i = 0; i < shape.Fields.Length; i++)
                {
                    line = Append(line, shape.Fields[i].Type, shape.German[i], i < row.Cells.Length ? row.Cells[i] : "", row.Line);
                }

                line.EndRow();
            }
        }

        using (var appender = connection.CreateAppender("fields"))
        {
            foreach (var field in shape.Fields)
            {
                appender.CreateRow().AppendValue(field.Position).AppendValue(field.Id).AppendValue(field.TypeName).EndRow();
            }
        }

        Execute(connection, "CREATE TABLE meta (key VARCHAR, value VARCHAR)");
        using (var appender = connection.CreateAppender("meta"))
        {
            foreach (var (key, value) in meta)
            {
                appender.CreateRow().AppendValue(key).AppendValue(value).EndRow();
            }
        }

        Execute(connection, "CHECKPOINT");
    }

    private static IDuckDBAppenderRow Append(IDuckDBAppenderRow line, ColumnType type, bool german, string cell, long lineNumber)
    {
        if (cell.Length == 0)
        {
            return line.AppendNullValue();
        }

        return type switch
        {
            ColumnType.Int when CellParser.TryInteger(cell, german, out var n) => line.AppendValue(n),
            ColumnType.Numeric when CellParser.TryNumber(cell, german, out var d, out _) => line.AppendValue(d),
            ColumnType.Timestamp when CellParser.TryDate(cell, out var t) => line.AppendValue(t),
            ColumnType.Bool when CellParser.TryBool(cell, out var b) => line.AppendValue(b),
            ColumnType.Text => line.AppendValue(cell),
            _ => throw TabularLoadException.Because("Unreadable", lineNumber),
        };
    }

    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Int => "BIGINT",
        ColumnType.Numeric => "DOUBLE",
        ColumnType.Timestamp => "TIMESTAMP",
        ColumnType.Bool => "BOOLEAN",
        _ => "VARCHAR",
    };

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
