using System.Globalization;
using System.Text;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// CSV as RFC 4180 (comma, CRLF, quotes doubled) that spreadsheet programs cannot be tricked into running: a text cell
/// starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading apostrophe. Numbers are
/// written as numbers, so a negative number stays a number.
/// </summary>
internal static class SpreadsheetCsv
{
    public static string Cell(object? value) => value switch
    {
        null => "",
        long n => n.ToString(CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => CellParser.Iso(t),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static void Row(StringBuilder text, IEnumerable<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }

            text.Append(Cell(cell));
            first = false;
        }

        text.Append("\r\n");
    }
}
