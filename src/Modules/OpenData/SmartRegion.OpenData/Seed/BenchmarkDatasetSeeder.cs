using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Seeding;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Seed;

/// <summary>
/// For benchmarks only: <c>Modules:OpenData:BenchmarkDatasets</c> generated published datasets (names <c>bench-…</c>,
/// the same on every run) spread over the region's municipalities and some offices, with themes, keywords, licences
/// and one to three link resources. Off (0) unless configured.
/// </summary>
internal sealed class BenchmarkDatasetSeeder(OpenDataDb db, IMunicipalityDirectory directory, IConfiguration configuration, TimeProvider time) : ISeeder
{
    private static readonly string[] Words =
    [
        "Haushalt", "Wasser", "Abfall", "Schule", "Kita", "Verkehr", "Radweg", "Parkplatz", "Baum", "Spielplatz", "Friedhof", "Wahl",
        "Bevölkerung", "Energie", "Solar", "Wind", "Bus", "Haltestelle", "Gewerbe", "Tourismus", "Denkmal", "Bebauungsplan", "Lärm",
        "Luft", "Hochwasser", "Feuerwehr", "Bücherei", "Sport", "Hallenbad", "Wanderweg", "Weinberg", "Breitband", "Ladesäule",
    ];

    private static readonly string[] Offices = ["Bauamt", "Kämmerei", "Ordnungsamt", "Umweltamt"];
    private static readonly string[] Formats = ["CSV", "JSON", "GEOJSON", "PDF", "XLSX", "XML", "WMS_SRVC"];

    public bool IsDemo => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var wanted = configuration.GetValue("Modules:OpenData:BenchmarkDatasets", 0);
        if (wanted <= 0)
        {
            return;
        }

        var existing = await db.Datasets.CountAsync(d => d.Name.StartsWith("bench-"), cancellationToken);
        var municipalities = (await directory.ListAsync(cancellationToken)).Select(m => m.Ags).Order(StringComparer.Ordinal).ToList();
        var themes = Themes.Codes.ToList();
        var frequencies = Frequencies.Codes.ToList();
        var start = time.GetUtcNow().AddYears(-3);
        for (var batch = existing; batch < wanted; batch += 1000)
        {
            for (var i = batch; i < Math.Min(wanted, batch + 1000); i++)
            {
                // Each dataset from its own seeded generator, so a partly seeded database continues the same sequence.
                var random = new Random(i);
                string Word() => Words[random.Next(Words.Length)];
                var ags = municipalities[random.Next(municipalities.Count)];
                var licence = Licences.All[random.Next(Licences.All.Count)];
                var title = $"{Word()} und {Word()} {2015 + random.Next(11)} ({i})";
                var fields = new DatasetFields(title, $"Generierter Datensatz {i} über {Word()}, {Word()} und {Word()} in der Region.",
                    [.. Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Word()).Distinct()], [themes[random.Next(themes.Count)]],
                    random.Next(4) == 0 ? Offices[random.Next(Offices.Length)] : null, "Datenstelle", "daten@beispiel.de", licence.Code,
                    licence.RequiresAttribution ? "Smarte Region" : null, null, null, [ags], frequencies[random.Next(frequencies.Count)]);
                var now = start.AddMinutes(i * 7 + random.Next(5));
                var dataset = Dataset.Create($"bench-{i:D6}", ags, fields, null, now);
                foreach (var r in Enumerable.Range(0, 1 + random.Next(3)))
                {
                    var format = FileTypes.FromCode(Formats[random.Next(Formats.Length)]);
                    dataset.Distributions.Add(Distribution.ForLink(dataset.Id, $"Daten {r + 1}", $"https://daten.beispiel.de/{i}/{r}", format?.Code, format?.MediaType, now));
                }

                dataset.Publish(now);
                db.Datasets.Add(dataset);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
