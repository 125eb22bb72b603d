using System.Globalization;
using System.Text;

namespace SmartRegion.Kernel.Csv;

/// <summary>
/// The one way the platform writes CSV: RFC 4180 (comma, CRLF, a cell with comma, quote or line break in quotes, quotes
/// doubled), and safe to open in a spreadsheet program — a text cell starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab or carriage return gets a leading apostrophe, so it is shown as text and never run as a formula
/// (CSV injection). Numbers are written as invariant numbers, so a negative number stays a number; dates as ISO 8601.
/// </summary>
/// <example>
/// <code>
/// var csv = new SafeCsv("query", "searches");
/// csv.Row(item.Query, item.Searches);
/// return TypedResults.File(csv.ToUtf8(), SafeCsv.ContentType, "export.csv");
/// </code>
/// </example>
public sealed class SafeCsv
{
    /// <summary>The media type of a CSV download.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly StringBuilder _text = new();

    /// <summary>Starts a table; the header row is written first when names are given.</summary>
    public SafeCsv(params string[] header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Length > 0)
        {
            Row(header);
        }
    }

    /// <summary>Appends one row; each value becomes one cell (see <see cref="Cell"/>).</summary>
    public SafeCsv Row(params object?[] cells) => Row((IEnumerable<object?>)cells);

    /// <summary>Appends one row; each value becomes one cell (see <see cref="Cell"/>).</summary>
    public SafeCsv Row(IEnumerable<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _text.Append(',');
            }

            _text.Append(Cell(cell));
            first = false;
        }

        _text.Append("\r\n");
        return this;
    }

    /// <summary>The table as text, without a byte order mark (e.g. CSV inside a JSON answer).</summary>
    public override string ToString() => _text.ToString();

    /// <summary>The table as UTF-8 with a byte order mark, so spreadsheet programs read umlauts right (a download).</summary>
    public byte[] ToUtf8() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    /// <summary>One cell: numbers and dates invariant, text quoted where needed and never starting a formula.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => Text(s),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable n when IsNumber(n) => n.ToString(null, CultureInfo.InvariantCulture),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static bool IsNumber(object value) => value is byte or sbyte or short or ushort or int or uint or long or ulong or decimal;

    private static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
