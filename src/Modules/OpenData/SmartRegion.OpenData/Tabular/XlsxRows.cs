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
    public IEnumerable<TabularRow> Read()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception e) when (e is InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException or IOException)
        {
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
                catch (Exception e) when (e is InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException or System.Xml.XmlException or FormatException)
                {
                    throw TabularLoadException.Because(e, "NotXlsx");
                }

                yield return row;
            }
        }
    }

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
