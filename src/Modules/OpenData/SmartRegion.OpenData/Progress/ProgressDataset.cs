using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Csv;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Distributions;

namespace SmartRegion.OpenData.Progress;

/// <summary>
/// The public progress board of the smart region as an open dataset of the catalogue: one dataset with the board as
/// JSON and as CSV, stored like uploads (hashed, checked). Made the first time, afterwards only its files are replaced
/// when their content changed, so writing the same board again changes nothing; the metadata stays as staff keep it.
/// A new file is saved beside the old one and the old one removed only after the rows are saved, so a failure leaves
/// the previous files in place.
/// </summary>
internal sealed class ProgressDataset(
    OpenDataDb db, IProgressBoard board, DistributionFiles files, IOptions<OpenDataOptions> options, TimeProvider time)
{
    public const string Name = "fortschritt-smart-region-wuerzburg";
    public const string JsonFile = "fortschritt.json";
    public const string CsvFile = "fortschritt.csv";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>True when the catalogue already has the dataset.</summary>
    public Task<bool> ExistsAsync(CancellationToken cancellationToken) => db.Datasets.AnyAsync(d => d.Name == Name, cancellationToken);

    /// <summary>Reads the board as it stands and writes it to the dataset; returns true when something changed.</summary>
    public async Task<bool> WriteAsync(CancellationToken cancellationToken)
    {
        var current = await ReadInGermanAsync(cancellationToken);
        (string FileName, string Title, byte[] Content)[] content =
        [
            (JsonFile, "Fortschritt der Smart Region (JSON)", JsonContent(current)),
            (CsvFile, "Fortschritt der Smart Region (CSV)", CsvContent(current).ToUtf8()),
        ];

        var now = time.GetUtcNow();
        var dataset = await db.Datasets.Include(d => d.Distributions).SingleOrDefaultAsync(d => d.Name == Name, cancellationToken);
        var created = dataset is null;
        if (dataset is null)
        {
            dataset = Dataset.Create(Name, Ags.Wuerzburg, Fields(options.Value.CataloguePublisher), null, now);
            db.Datasets.Add(dataset);
        }

        var written = new List<string>();
        var replaced = new List<string>();
        try
        {
            var changed = false;
            foreach (var ((fileName, title, bytes), index) in content.Select((c, i) => (c, i)))
            {
                var existing = dataset.Distributions.FirstOrDefault(d => d.IsFile && d.FileName == fileName);
                if (existing is not null && existing.Sha256 == Convert.ToHexStringLower(SHA256.HashData(bytes)))
                {
                    continue;
                }

                var (received, problem) = await files.ReceiveAsync(bytes, fileName, cancellationToken);
                if (received is null)
                {
                    throw new InvalidOperationException($"The progress board's {fileName} was refused: {problem}.");
                }

                if (files.TableProblem(received) is { } tableProblem)
                {
                    await files.DiscardAsync(received.TempPath);
                    throw new InvalidOperationException($"The progress board's {fileName} does not load as a table: {tableProblem}");
                }

                // One millisecond apart, so the files keep their order in lists and in the RDF.
                var at = now.AddMilliseconds(index);
                var path = await files.KeepAsync(received, dataset.Id, Guid.CreateVersion7(at), cancellationToken);
                written.Add(path);
                if (existing is null)
                {
                    db.Distributions.Add(Distribution.ForFile(Guid.CreateVersion7(at), dataset.Id, title, received.Type.Code, received.Type.MediaType,
                        fileName, path, received.ByteSize, received.Sha256, at));
                }
                else
                {
                    replaced.Add(existing.StoragePath!);
                    existing.ReplaceFile(path, received.ByteSize, received.Sha256, at);
                }

                changed = true;
            }

            if (created)
            {
                dataset.Publish(now);
            }
            else if (changed)
            {
                dataset.Touch(now);
            }
            else
            {
                return false;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing was saved: the new files go, the previous ones stay.
            foreach (var path in written)
            {
                await files.DiscardAsync(path);
            }

            db.ChangeTracker.Clear();
            throw;
        }

        foreach (var path in replaced)
        {
            await files.DiscardAsync(path);
        }

        return true;
    }

    /// <summary>The board in German, the catalogue's language, whatever the language of the request or background work.</summary>
    private async Task<ProgressBoard> ReadInGermanAsync(CancellationToken cancellationToken)
    {
        // Set inside this async method, the culture flows to the board's reading and is restored when it returns.
        CultureInfo.CurrentCulture = German;
        CultureInfo.CurrentUICulture = German;
        return await board.ReadAsync(cancellationToken);
    }

    public static byte[] JsonContent(ProgressBoard board) => JsonSerializer.SerializeToUtf8Bytes(board, Json);

    /// <summary>
    /// The board as one table: a row per key figure, per milestone, and per project without milestones; the column
    /// <c>art</c> says which.
    /// </summary>
    public static SafeCsv CsvContent(ProgressBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var csv = new SafeCsv("massnahme", "massnahme_name", "art", "kennzahl", "kennzahl_name", "wert", "projekt_id", "projekt", "beschreibung",
            "status", "naechste_schritte", "demo", "meilenstein", "faellig_am", "erledigt_am");
        foreach (var measure in board.Measures)
        {
            foreach (var figure in measure.Figures)
            {
                csv.Row(measure.Id, measure.Name, "kennzahl", figure.Key, figure.Label, figure.Value, null, null, null, null, null, null, null, null, null);
            }

            foreach (var project in measure.Projects)
            {
                object?[] head = [measure.Id, measure.Name, project.Milestones.Count == 0 ? "projekt" : "meilenstein", null, null, null,
                    project.Id.ToString(), project.Title, project.Summary, project.Status, project.NextSteps, project.IsDemo];
                if (project.Milestones.Count == 0)
                {
                    csv.Row([.. head, null, null, null]);
                }

                foreach (var milestone in project.Milestones)
                {
                    csv.Row([.. head, milestone.Title, milestone.DueOn, milestone.DoneOn]);
                }
            }
        }

        return csv;
    }

    private static DatasetFields Fields(string publisher) => new(
        "Fortschritt der Smart Region Würzburg",
        "Der öffentliche Fortschritt der Smarten Region Würzburg: alle Maßnahmen mit ihren Kennzahlen und Projekten, "
        + "deren Stand, Meilensteinen und nächsten Schritten, wie sie die Seite „Fortschritt“ zeigt. "
        + "Die Dateien werden neu geschrieben, sobald sich ein Projekt oder Meilenstein ändert; die Kennzahlen sind auf dem Stand dieser Änderung.",
        ["Smarte Region", "Smart City", "Fortschritt", "Projekte", "Meilensteine", "Kennzahlen"], ["GOVE"], publisher,
        null, null, "dl-by-de/2.0", publisher + ", Smarte Region Würzburg", null, null, ["09663", "09679"], "IRREG");
}
