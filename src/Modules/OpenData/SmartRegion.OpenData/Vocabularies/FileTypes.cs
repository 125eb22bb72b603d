namespace SmartRegion.OpenData.Vocabularies;

/// <summary>
/// The formats the catalogue accepts for uploads, and the check that a file's content fits the type its name claims:
/// a PDF renamed to <c>.csv</c> or a program renamed to <c>.xlsx</c> is refused.
/// </summary>
internal static class FileTypes
{
    public const string Scheme = "http://publications.europa.eu/resource/authority/file-type/";

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Elf = [0x7F, 0x45, 0x4C, 0x46];
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Bytes read from the start of a file to check its content.</summary>
    public const int HeadLength = 8192;

    public static readonly IReadOnlyList<FileType> All =
    [
        new("CSV", "text/csv", [".csv"], ContentKind.Text),
        new("TSV", "text/tab-separated-values", [".tsv", ".tab"], ContentKind.Text),
        new("TXT", "text/plain", [".txt"], ContentKind.Text),
        new("JSON", "application/json", [".json"], ContentKind.Json),
        new("GEOJSON", "application/geo+json", [".geojson"], ContentKind.Json),
        new("XML", "application/xml", [".xml"], ContentKind.Xml),
        new("KML", "application/vnd.google-earth.kml+xml", [".kml"], ContentKind.Xml),
        new("GPX", "application/gpx+xml", [".gpx"], ContentKind.Xml),
        new("RDF_TURTLE", "text/turtle", [".ttl"], ContentKind.Text),
        new("PDF", "application/pdf", [".pdf"], ContentKind.Pdf),
        new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], ContentKind.Zip),
        new("ODS", "application/vnd.oasis.opendocument.spreadsheet", [".ods"], ContentKind.Zip),
        new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], ContentKind.Zip),
        new("ZIP", "application/zip", [".zip"], ContentKind.Zip),
        new("XLS", "application/vnd.ms-excel", [".xls"], ContentKind.Ole),
        new("PNG", "image/png", [".png"], ContentKind.Png),
        new("JPEG", "image/jpeg", [".jpg", ".jpeg"], ContentKind.Jpeg),
    ];

    /// <summary>Formats a link may point to besides the upload formats: web pages and map services.</summary>
    public static readonly IReadOnlyList<FileType> LinkOnly =
    [
        new("HTML", "text/html", [".html", ".htm"], ContentKind.Text),
        new("WMS_SRVC", "application/xml", [], ContentKind.Xml),
        new("WFS_SRVC", "application/xml", [], ContentKind.Xml),
    ];

    public static FileType? FromFileName(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return extension.Length == 0 ? null : All.FirstOrDefault(t => t.Extensions.Contains(extension));
    }

    public static FileType? FromCode(string? code) =>
        All.Concat(LinkOnly).FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string AcceptedExtensions => string.Join(", ", All.SelectMany(t => t.Extensions));

    /// <summary>True when the first bytes of a file fit <paramref name="type"/>.</summary>
    public static bool ContentFits(FileType type, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Content switch
        {
            ContentKind.Pdf => head.StartsWith("%PDF-"u8),
            ContentKind.Zip => head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8),
            ContentKind.Ole => head.StartsWith(Ole),
            ContentKind.Png => head.StartsWith(Png),
            ContentKind.Jpeg => head.StartsWith(Jpeg),
            ContentKind.Json => IsText(head) && FirstVisible(head) is (byte)'{' or (byte)'[',
            ContentKind.Xml => IsText(head) && FirstVisible(head) == (byte)'<',
            _ => IsText(head) && FirstVisible(head) is not null,
        };
    }

    /// <summary>
    /// Text in UTF-8 or a single-byte encoding (Windows-1252 is common in administrations): no NUL byte, no signature
    /// of a binary format, and control characters other than tab, line breaks and form feed are rare.
    /// </summary>
    private static bool IsText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8) || head.StartsWith("PK\x03\x04"u8) || head.StartsWith(Ole) || head.StartsWith("MZ"u8)
            || head.StartsWith(Elf))
        {
            return false;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                control++;
            }
        }

        return control * 100 <= head.Length;
    }

    private static byte? FirstVisible(ReadOnlySpan<byte> head)
    {
        var start = head.StartsWith(Bom) ? 3 : 0;
        foreach (var b in head[start..])
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return b;
            }
        }

        return null;
    }
}
