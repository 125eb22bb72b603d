using System.Text;
using nietras.SeparatedValues;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// The rows of a CSV file, read with Sep (RFC 4180 quotes, streaming, no per-row allocation beyond the cell strings).
/// The file is read from the start on every enumeration, so the loader can take two passes without holding it in memory.
/// </summary>
internal sealed class CsvRows(string path, Encoding encoding, char delimiter, int maxCellChars)
{
    public IEnumerable<TabularRow> Read()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var reader = Sep.New(delimiter).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        var enumerator = reader.GetEnumerator();
        while (true)
        {
            TabularRow row;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                var current = enumerator.Current;
                var cells = new string[current.ColCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    var span = current[i].Span;
                    if (span.Length > maxCellChars)
                    {
                        throw TabularLoadException.Because("CellTooLong", current.LineNumberFrom, maxCellChars);
                    }

                    cells[i] = span.Trim().ToString();
                }

                row = new TabularRow(current.LineNumberFrom, cells);
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException or DecoderFallbackException or NotSupportedException)
            {
                throw TabularLoadException.Because(e, "Unreadable", e.Message);
            }

            yield return row;
        }
    }
}
