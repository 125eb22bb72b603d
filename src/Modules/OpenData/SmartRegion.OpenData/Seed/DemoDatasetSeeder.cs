using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Seeding;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Distributions;

namespace SmartRegion.OpenData.Seed;

/// <summary>
/// A trial installation's catalogue: the region's municipalities and their population (real, from the Hub's reference
/// data), and polling stations of Höchberg and playgrounds of Rimpar (invented, and said so in their description).
/// Their CSV and GeoJSON files are generated and stored like uploads.
/// </summary>
internal sealed class DemoDatasetSeeder(OpenDataDb db, IMunicipalityDirectory directory, DistributionFiles files, TimeProvider time) : ISeeder
{
    private const string Hoechberg = "09679147";
    private const string Rimpar = "09679180";
    private const string RegionPublisher = "Landratsamt Würzburg";
    private const string SourceAttribution =
        "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys, Gebietsstand 31.12.2021; Koordinaten: GeoNames (CC BY 4.0)";

    public bool IsDemo => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var all = await directory.ListAsync(cancellationToken);
        if (all.Count == 0 || await db.Datasets.AnyAsync(d => d.Name == "gemeinden-der-region-wuerzburg", cancellationToken))
        {
            return;
        }

        var csv = new StringBuilder("ags,name,typ,verwaltungsgemeinschaft,breite,laenge\n");
        foreach (var m in all)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{m.Ags},{Csv(m.Name)},{Csv(m.Type)},{Csv(m.Verwaltungsgemeinschaft ?? "")},{m.Latitude:0.0000},{m.Longitude:0.0000}\n");
        }

        await AddAsync("gemeinden-der-region-wuerzburg", Ags.Wuerzburg, new DatasetFields(
            "Gemeinden der Region Würzburg",
            "Die kreisfreie Stadt Würzburg und die 52 Gemeinden, Märkte und Städte des Landkreises Würzburg mit Amtlichem Gemeindeschlüssel, "
            + "Gemeindetyp, Verwaltungsgemeinschaft und der Lage des Hauptorts (WGS84).",
            ["Gemeinden", "Gemeindeschlüssel", "AGS", "Verwaltungsgemeinschaft"], ["GOVE", "REGI"], RegionPublisher,
            "Kreisentwicklung", "kreisentwicklung@lra-wue.bayern.de", "dl-by-de/2.0", SourceAttribution,
            new DateOnly(2021, 12, 31), new DateOnly(2021, 12, 31), ["09663", "09679"], "ANNUAL"),
            [("Gemeinden als CSV", "gemeinden.csv", csv.ToString()), ("Gemeinden als GeoJSON", "gemeinden.geojson", Points(all.Select(m => (m.Name, m.Latitude, m.Longitude, m.Ags))))],
            cancellationToken);

        var population = new StringBuilder("ags,name,einwohner,stichtag\n");
        foreach (var m in all)
        {
            population.Append(CultureInfo.InvariantCulture, $"{m.Ags},{Csv(m.Name)},{m.Population},2021-12-31\n");
        }

        await AddAsync("einwohner-der-gemeinden", Ags.Wuerzburg, new DatasetFields(
            "Einwohnerzahlen der Gemeinden",
            "Einwohnerinnen und Einwohner mit Hauptwohnsitz je Gemeinde der Region Würzburg am 31.12.2021 (Fortschreibung auf Basis des Zensus 2011).",
            ["Einwohner", "Bevölkerung", "Statistik"], ["SOCI", "REGI"], RegionPublisher,
            "Kreisentwicklung", "kreisentwicklung@lra-wue.bayern.de", "dl-by-de/2.0", SourceAttribution,
            new DateOnly(2021, 12, 31), new DateOnly(2021, 12, 31), ["09663", "09679"], "ANNUAL"),
            [("Einwohner je Gemeinde (CSV)", "einwohner.csv", population.ToString())], cancellationToken);

        if (all.FirstOrDefault(m => m.Ags == Hoechberg) is { } hoechberg)
        {
            var stations = new[] { "Rathaus Höchberg", "Grundschule Höchberg", "Mehrzweckhalle", "Pfarrheim St. Norbert" }
                .Select((name, i) => (name, hoechberg.Latitude + 0.002 * (i - 1.5), hoechberg.Longitude + 0.003 * ((i % 2) - 0.5), $"{i + 1:000}")).ToList();
            await AddAsync("wahllokale-hoechberg", Hoechberg, new DatasetFields(
                "Wahllokale in Höchberg",
                "Demodaten: erfundene Wahllokale zum Ausprobieren des Katalogs, keine echten Angaben der Gemeinde.\n"
                + "Name, Stimmbezirk und Lage der Wahllokale.",
                ["Wahlen", "Wahllokal", "Demodaten"], ["GOVE"], null, "Bürgerbüro", "buergerbuero@hoechberg.invalid", "dl-zero-de/2.0", null,
                null, null, [Hoechberg], "IRREG"),
                [("Wahllokale (CSV)", "wahllokale.csv", "stimmbezirk,name,breite,laenge\n" + string.Concat(stations.Select(s =>
                    string.Create(CultureInfo.InvariantCulture, $"{s.Item4},{Csv(s.name)},{s.Item2:0.0000},{s.Item3:0.0000}\n")))),
                 ("Wahllokale (GeoJSON)", "wahllokale.geojson", Points(stations.Select(s => (s.name, s.Item2, s.Item3, s.Item4))))],
                cancellationToken);
        }

        if (all.FirstOrDefault(m => m.Ags == Rimpar) is { } rimpar)
        {
            var playgrounds = new[] { "Spielplatz am Schlossgraben", "Spielplatz Sandgrube", "Wasserspielplatz an der Pleichach" }
                .Select((name, i) => (name, rimpar.Latitude + 0.0025 * (i - 1), rimpar.Longitude - 0.002 * (i - 1), $"S{i + 1}")).ToList();
            await AddAsync("spielplaetze-rimpar", Rimpar, new DatasetFields(
                "Spielplätze in Rimpar",
                "Demodaten: erfundene Spielplätze zum Ausprobieren des Katalogs, keine echten Angaben des Marktes.\nName und Lage der Spielplätze.",
                ["Spielplatz", "Familie", "Freizeit", "Demodaten"], ["SOCI", "EDUC"], null, "Bauamt", "bauamt@rimpar.invalid", "cc-zero", null,
                null, null, [Rimpar], "ANNUAL"),
                [("Spielplätze (GeoJSON)", "spielplaetze.geojson", Points(playgrounds.Select(p => (p.name, p.Item2, p.Item3, p.Item4))))],
                cancellationToken);
        }
    }

    private async Task AddAsync(string name, string ags, DatasetFields fields, (string Title, string FileName, string Content)[] content,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dataset = Dataset.Create(name, ags, fields, null, now);
        var kept = new List<string>();
        try
        {
            foreach (var ((title, fileName, text), index) in content.Select((c, i) => (c, i)))
            {
                var (received, problem) = await files.ReceiveAsync(Encoding.UTF8.GetBytes(text), fileName, cancellationToken);
                if (received is null)
                {
                    throw new InvalidOperationException($"Demo file {fileName} was refused: {problem}.");
                }

                // One millisecond apart, so the files keep their order in lists and in the RDF.
                var at = now.AddMilliseconds(index);
                var id = Guid.CreateVersion7(at);
                var path = await files.KeepAsync(received, dataset.Id, id, cancellationToken);
                kept.Add(path);
                dataset.Distributions.Add(Distribution.ForFile(id, dataset.Id, title, received.Type.Code, received.Type.MediaType, fileName, path,
                    received.ByteSize, received.Sha256, at));
            }

            dataset.Publish(now);
            db.Datasets.Add(dataset);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            foreach (var path in kept)
            {
                await files.DiscardAsync(path);
            }

            throw;
        }
    }

    private static string Points(IEnumerable<(string Name, double Latitude, double Longitude, string Id)> points)
    {
        var features = points.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{{\"type\":\"Feature\",\"id\":\"{p.Id}\",\"properties\":{{\"name\":{System.Text.Json.JsonSerializer.Serialize(p.Name)}}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{p.Longitude:0.0000},{p.Latitude:0.0000}]}}}}"));
        return "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features) + "]}\n";
    }

    private static string Csv(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
