using System.Globalization;
using ExcelDataReader;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// The rows of the first worksheet of an XLSX file, streamed with ExcelDataReader. Typed cells become canonical text
/// (numbers with a point, dates as ISO 8601, truth values as true/false) so one type detection serves CSV and XLSX.
/// Call <see cref="XlsxGuard.Check"/> first.
/// </summary>
internal sealed class XlsxRows(string path, int maxCellChars)
{
    // ExcelDataReader's configuration asks for Windows-1252 (its fallback for old files) on every reader it creates;
    // without the code page provider that throws, and the first workbook loaded before any CSV would fail.
    static XlsxRows() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public IEnumerable<TabularRow> Read()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception e) when (Damaged(e))
        {
            // The workbook part is parsed on opening: a DTD there (refused by the XML reader) is a broken file, not our fault.
            throw TabularLoadException.Because(e, "NotXlsx");
        }

        using (reader)
        {
            long line = 0;
            while (true)
            {
                TabularRow row;
                try
                {
                    if (!reader.Read())
                    {
                        yield break;
                    }

                    line++;
                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = Text(reader.GetValue(i));
                        if (cells[i].Length > maxCellChars)
                        {
                            throw TabularLoadException.Because("CellTooLong", line, maxCellChars);
                        }
                    }

                    row = new TabularRow(line, cells);
                }
                catch (Exception e) when (Damaged(e))
                {
                    throw TabularLoadException.Because(e, "NotXlsx");
                }

                yield return row;
            }
        }
    }

    /// <summary>
    /// Whether an exception out of the workbook reader means a damaged file. ExcelDataReader parses untrusted bytes
    /// and, on a damaged zip or part, throws whatever its parsing hits (not only its own and XML exceptions, but also
    /// null references, bad indexes, bad arguments); every such failure is the file's, not a fault of the platform.
    /// Our own refusals, cancellation and running out of memory keep their meaning.
    /// </summary>
    internal static bool Damaged(Exception e) => e is not (TabularLoadException or OperationCanceledException or OutOfMemoryException);

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => CellParser.Iso(t),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
