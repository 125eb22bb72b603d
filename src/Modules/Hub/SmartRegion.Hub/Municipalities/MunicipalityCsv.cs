using System.Globalization;

namespace SmartRegion.Hub.Municipalities;

/// <summary>Reads the region's municipality list (UTF-8, comma-separated, header line, no quoting).</summary>
internal static class MunicipalityCsv
{
    private static readonly string[] Header = ["ags", "name", "type", "verwaltungsgemeinschaft", "lat", "lon", "population"];

    public static IReadOnlyList<Municipality> Read(TextReader reader)
    {
        var header = reader.ReadLine()?.Split(',');
        if (header is null || !header.SequenceEqual(Header))
        {
            throw new FormatException("The municipality file must start with the header " + string.Join(',', Header) + ".");
        }

        var result = new List<Municipality>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            var type = cells.Length == Header.Length ? MunicipalityTypeNames.Parse(cells[2]) : null;
            if (type is null
                || !double.TryParse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(cells[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !int.TryParse(cells[6], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
            {
                throw new FormatException($"Line {lineNumber} of the municipality file is malformed.");
            }

            result.Add(Municipality.Create(cells[0], cells[1], type.Value, cells[3], lat, lon, population));
        }

        return result;
    }

    public static IReadOnlyList<Municipality> ReadEmbedded()
    {
        using var stream = typeof(MunicipalityCsv).Assembly.GetManifestResourceStream("SmartRegion.Hub.municipalities.csv")
            ?? throw new InvalidOperationException("The municipality seed file is not embedded.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Read(reader);
    }
}
