using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace SmartRegion.OpenData.Tests.Tabular;

/// <summary>Writes a minimal XLSX workbook (one sheet, inline strings) as a spreadsheet program would save it.</summary>
internal static class Xlsx
{
    public static byte[] Build(IEnumerable<object?[]> rows, string padding = "", string doctype = "", string sheetDoctype = "")
    {
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sheetDoctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var r = 0;
        foreach (var row in rows)
        {
            r++;
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
            for (var c = 0; c < row.Length; c++)
            {
                var reference = (char)('A' + c) + r.ToString(CultureInfo.InvariantCulture);
                sheet.Append(row[c] switch
                {
                    null => "",
                    bool b => $"<c r=\"{reference}\" t=\"b\"><v>{(b ? 1 : 0)}</v></c>",
                    IFormattable n => $"<c r=\"{reference}\"><v>{n.ToString(null, CultureInfo.InvariantCulture)}</v></c>",
                    var s => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(s.ToString())}</t></is></c>",
                });
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData>").Append(padding).Append("</worksheet>");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Daten\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Entry(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A workbook with one byte of its compressed workbook part changed, so that the part still inflates but its
    /// <c>sheet</c> element loses the <c>sheetId</c> attribute: the zip opens, the workbook reader fails on parsing
    /// (with an <see cref="ArgumentNullException"/> out of ExcelDataReader, not one of its own exceptions).
    /// </summary>
    public static byte[] Damaged()
    {
        var bytes = Build([["Gemeinde", "Einwohner"], ["Höchberg", 9612]]);
        bytes[692] = 0x20;
        return bytes;
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
