using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Kernel.Outbox;
using SmartRegion.OpenData.Progress;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>
/// The public progress board of the Change Lab is an open dataset of the catalogue: a change of the board reaches it
/// through the outbox, as JSON and CSV, in the catalogue, the CKAN API and the RDF.
/// </summary>
public sealed class ProgressDatasetTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    private const string Milestone = "Fortschritt als offene Daten";

    [Fact]
    public async Task a_fresh_installation_has_the_progress_dataset_published_with_json_and_csv()
    {
        var (dataset, distributions) = await StoredAsync();

        Assert.Equal("Fortschritt der Smart Region Würzburg", dataset.Title);
        Assert.Equal(Datasets.DatasetStatus.Published, dataset.Status);
        Assert.Equal(["GOVE"], dataset.Themes);
        Assert.Equal("dl-by-de/2.0", dataset.LicenceCode);
        Assert.Equal("Landratsamt Würzburg", dataset.PublisherName);
        Assert.Equal(["CSV", "JSON"], distributions.Select(d => d.FormatCode).Order());
    }

    [Fact]
    public async Task a_new_milestone_reaches_the_dataset_as_json_and_csv_after_the_outbox_runs()
    {
        await AddMilestoneAsync();
        await DispatchAllAsync();
        var board = await Client.GetFromJsonAsync<JsonElement>("/api/changelab/progress");

        var package = (await Client.GetFromJsonAsync<JsonElement>($"/api/3/action/package_show?id={ProgressDataset.Name}")).GetProperty("result");
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(2, resources.Count);
        var json = await DownloadAsync(resources.Single(r => r.GetProperty("format").GetString() == "JSON"));
        var csv = await DownloadAsync(resources.Single(r => r.GetProperty("format").GetString() == "CSV"));

        var (_, distributions) = await StoredAsync();
        Assert.All(distributions, d => Assert.Equal(d.Sha256, Convert.ToHexStringLower(SHA256.HashData(d.FormatCode == "JSON" ? json : csv))));
        Assert.Equal(Projects(board), Projects(JsonDocument.Parse(json).RootElement));
        Assert.Contains(Milestone, Projects(board));
        Assert.Equal(Keys(board), Keys(JsonDocument.Parse(json).RootElement));

        var rows = Csv(Encoding.UTF8.GetString(csv));
        Assert.True(csv.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var header = rows[0].ToList();
        var fromCsv = rows.Skip(1).Where(r => r[header.IndexOf("art")] != "kennzahl")
            .Select(r => $"{r[header.IndexOf("massnahme")]}|{r[header.IndexOf("projekt_id")]}|{r[header.IndexOf("status")]}|{r[header.IndexOf("meilenstein")]}|{r[header.IndexOf("faellig_am")]}|{r[header.IndexOf("erledigt_am")]}");
        Assert.Equal(Milestones(board), fromCsv.Order(StringComparer.Ordinal));
        Assert.Equal(Keys(board), rows.Skip(1).Where(r => r[header.IndexOf("art")] == "kennzahl").Select(r => r[header.IndexOf("kennzahl")]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task an_accepted_idea_reaches_the_dataset_as_a_new_project()
    {
        await DispatchAllAsync();
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var submitted = await staff.PostAsJsonAsync("/api/changelab/ideas", new { title = "Offene Daten vom Fortschritt", text = "Der Fortschritt als Datensatz." });
        var idea = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        using var review = await admin.PostAsJsonAsync($"/api/changelab/ideas/{idea}/review", new { accept = true, reason = "Gute Idee." });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        await DispatchAllAsync();

        var (_, distributions) = await StoredAsync();
        var json = await File.ReadAllTextAsync(Path.Combine(Host.DataPath, "opendata", distributions.Single(d => d.FormatCode == "JSON").StoragePath!));
        var csv = await File.ReadAllTextAsync(Path.Combine(Host.DataPath, "opendata", distributions.Single(d => d.FormatCode == "CSV").StoragePath!));
        Assert.Contains("Offene Daten vom Fortschritt", Projects(JsonDocument.Parse(json).RootElement).Select(p => p.Split('|')[1]));
        Assert.Contains("Offene Daten vom Fortschritt", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_dataset_is_found_on_the_catalogue_page_in_the_ckan_search_and_in_the_rdf()
    {
        await AddMilestoneAsync();
        await DispatchAllAsync();
        var (dataset, _) = await StoredAsync();

        var page = await HtmlPage.LoadAsync(Host.CreateBrowserClient(), "/daten?q=Fortschritt");
        var search = await Client.GetFromJsonAsync<JsonElement>("/api/3/action/package_search?q=Fortschritt");
        var turtle = await Client.GetStringAsync(new Uri($"/dataset/{dataset.Id}.ttl", UriKind.Relative));

        Assert.Contains(page.Document.QuerySelectorAll("main h3 a"), a => a.TextContent == "Fortschritt der Smart Region Würzburg");
        Assert.Contains(search.GetProperty("result").GetProperty("results").EnumerateArray(), p => p.GetProperty("name").GetString() == ProgressDataset.Name);
        Assert.Contains("Fortschritt der Smart Region Würzburg", turtle, StringComparison.Ordinal);
        Assert.Contains("http://publications.europa.eu/resource/authority/data-theme/GOVE", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task handling_the_same_change_twice_keeps_one_dataset_and_the_same_files()
    {
        await AddMilestoneAsync();
        await DispatchAllAsync();
        var (before, first) = await StoredAsync();
        var folder = Path.Combine(Host.DataPath, "opendata", "files", before.Id.ToString("N"));
        var files = Directory.GetFiles(folder).Order().ToList();
        var change = new ProgressBoardChanged();

        await HandleAsync(change);
        await HandleAsync(change);

        var (after, second) = await StoredAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<OpenDataDb>().Datasets.CountAsync(d => d.Title == before.Title));
        Assert.Equal(before.Modified, after.Modified);
        Assert.Equal(first.Select(d => (d.Id, d.StoragePath, d.Sha256, d.Modified)), second.Select(d => (d.Id, d.StoragePath, d.Sha256, d.Modified)));
        Assert.Equal(files, Directory.GetFiles(folder).Order());
        Assert.All(second, d => Assert.True(File.Exists(Path.Combine(Host.DataPath, "opendata", d.StoragePath!))));
    }

    [Fact]
    public async Task a_changed_board_replaces_the_files_and_removes_the_old_ones()
    {
        var (before, first) = await StoredAsync();

        await AddMilestoneAsync();
        await DispatchAllAsync();

        var (after, second) = await StoredAsync();
        Assert.True(after.Modified > before.Modified);
        Assert.Equal(first.Select(d => d.Id), second.Select(d => d.Id));
        Assert.All(second, d => Assert.DoesNotContain(first, f => f.Sha256 == d.Sha256));
        Assert.All(second, d => Assert.True(File.Exists(Path.Combine(Host.DataPath, "opendata", d.StoragePath!))));
        Assert.All(first, d => Assert.False(File.Exists(Path.Combine(Host.DataPath, "opendata", d.StoragePath!))));
    }

    [Fact]
    public async Task a_write_that_fails_keeps_the_previous_files_and_the_dataset_as_it_was()
    {
        await AddMilestoneAsync();
        await DispatchAllAsync();
        var (before, first) = await StoredAsync();
        await AddMilestoneAsync();
        // The folder new files are received in cannot be made, so the write fails before anything is stored.
        var temp = Path.Combine(Host.DataPath, "opendata", "tmp");
        var aside = temp + ".aside";
        if (Directory.Exists(temp))
        {
            Directory.Move(temp, aside);
        }

        try
        {
            await File.WriteAllTextAsync(temp, "");
            await Assert.ThrowsAnyAsync<IOException>(() => HandleAsync(new ProgressBoardChanged()));
        }
        finally
        {
            File.Delete(temp);
            if (Directory.Exists(aside))
            {
                Directory.Move(aside, temp);
            }
        }

        var (after, second) = await StoredAsync();
        Assert.Equal(before.Modified, after.Modified);
        Assert.Equal(first.Select(d => (d.Id, d.StoragePath, d.Sha256)), second.Select(d => (d.Id, d.StoragePath, d.Sha256)));
        Assert.All(second, d => Assert.Equal(d.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Host.DataPath, "opendata", d.StoragePath!))))));
    }

    /// <summary>Adds a milestone after the events waiting from the seeding were handled, so only the milestone's event tells of it.</summary>
    private async Task AddMilestoneAsync()
    {
        await DispatchAllAsync();
        var board = await Client.GetFromJsonAsync<JsonElement>("/api/changelab/progress");
        var project = board.GetProperty("measures").EnumerateArray().SelectMany(m => m.GetProperty("projects").EnumerateArray()).First().GetProperty("id").GetGuid();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        using var response = await admin.PostAsJsonAsync($"/api/changelab/projects/{project}/milestones", new { title = Milestone, dueOn = "2027-03-01" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task DispatchAllAsync()
    {
        while (await Host.DispatchOutboxAsync() > 0)
        {
        }
    }

    private async Task HandleAsync(ProgressBoardChanged change)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IIntegrationEventBatchHandler<ProgressBoardChanged>>().HandleAsync([change], CancellationToken.None);
    }

    private async Task<(Datasets.Dataset Dataset, List<Datasets.Distribution> Distributions)> StoredAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var dataset = await db.Datasets.AsNoTracking().SingleAsync(d => d.Name == ProgressDataset.Name);
        var distributions = await db.Distributions.AsNoTracking().Where(d => d.DatasetId == dataset.Id).OrderBy(d => d.Id).ToListAsync();
        return (dataset, distributions);
    }

    private async Task<byte[]> DownloadAsync(JsonElement resource) =>
        await Client.GetByteArrayAsync(new Uri(new Uri(resource.GetProperty("url").GetString()!).PathAndQuery, UriKind.Relative));

    private static IEnumerable<JsonElement> MeasureList(JsonElement board) => board.GetProperty("measures").EnumerateArray();

    private static List<string> Projects(JsonElement board) =>
    [
        .. MeasureList(board).SelectMany(m => m.GetProperty("projects").EnumerateArray().Select(p =>
            $"{m.GetProperty("id").GetString()}|{p.GetProperty("title").GetString()}|{p.GetProperty("status").GetString()}|{p.GetProperty("nextSteps").GetString()}"))
            .Concat(MeasureList(board).SelectMany(m => m.GetProperty("projects").EnumerateArray())
                .SelectMany(p => p.GetProperty("milestones").EnumerateArray().Select(s => s.GetProperty("title").GetString()!))),
    ];

    private static List<string> Keys(JsonElement board) =>
        [.. MeasureList(board).SelectMany(m => m.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("key").GetString()!)).Order(StringComparer.Ordinal)];

    private static List<string> Milestones(JsonElement board) =>
    [
        .. MeasureList(board).SelectMany(m => m.GetProperty("projects").EnumerateArray().SelectMany(p =>
        {
            var head = $"{m.GetProperty("id").GetString()}|{p.GetProperty("id").GetGuid()}|{p.GetProperty("status").GetString()}";
            var steps = p.GetProperty("milestones").EnumerateArray().Select(s =>
                $"{head}|{s.GetProperty("title").GetString()}|{s.GetProperty("dueOn").GetString()}|{(s.GetProperty("doneOn").ValueKind == JsonValueKind.Null ? "" : s.GetProperty("doneOn").GetString())}").ToList();
            return steps.Count == 0 ? [$"{head}|||"] : steps;
        })).Order(StringComparer.Ordinal),
    ];

    /// <summary>Reads RFC 4180 text (quotes doubled, line breaks inside quotes), without the byte order mark.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = text.StartsWith('\uFEFF') ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
