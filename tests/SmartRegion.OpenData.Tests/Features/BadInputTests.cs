using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>Bad input gets a clear problem (API) or error summary (page) and leaves nothing behind: no row, no file.</summary>
public sealed class BadInputTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    public static TheoryData<string, string, string> BadDatasets => new()
    {
        { "title", "", "Title" },
        { "licence", "odc-by-fantasy", "Licence" },
        { "themes", "WEATHER", "Themes" },
        { "contactEmail", "keine-adresse", "ContactEmail" },
        { "frequency", "HOURLY_FOREVER", "Frequency" },
        { "temporalStart", "31.02.2024", "TemporalStart" },
    };

    [Theory]
    [MemberData(nameof(BadDatasets))]
    public async Task a_dataset_with_a_bad_field_is_refused_with_a_problem_naming_the_field_and_nothing_is_stored(string property, string value, string field)
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var body = JsonSerializer.SerializeToNode(CatalogueApi.Complete(Personas.Hoechberg))!.AsObject();
        body[property] = property == "themes" ? new System.Text.Json.Nodes.JsonArray(value) : value;
        var before = await CountAsync();

        using var response = await Client.PostAsJsonAsync("/api/opendata/datasets", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await CountAsync());
    }

    public static TheoryData<string, byte[]> BadFiles => new()
    {
        { "zu-gross.csv", System.Text.Encoding.ASCII.GetBytes(new string('a', (int)OpenDataHost.MaxUploadBytes + 1)) },
        { "eigentlich-pdf.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"u8.ToArray() },
        { "programm.xlsx", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00] },
        { "kein-json.json", "ags;name\n1;2\n"u8.ToArray() },
        { "binaer.csv", [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE] },
        { "programm.exe", [0x4D, 0x5A, 0x90, 0x00] },
        { "leer.csv", [] },
        { "zeile-zu-kurz.csv", "Ort;Einwohner\nRimpar;7800\nGerbrunn\n"u8.ToArray() },
        { "nur-leerzeilen.csv", "\n\n\n"u8.ToArray() },
        { "beschaedigt.xlsx", Tabular.Xlsx.Damaged() },
        { "mit-dtd.xlsx", Tabular.Xlsx.Build([["a"], ["b"]], doctype: "<!DOCTYPE w [<!ENTITY x \"x\">]>") },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task a_refused_upload_leaves_neither_a_file_nor_a_row(string fileName, byte[] content)
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg));
        var filesBefore = StoredFiles();

        using var response = await CatalogueApi.UploadAsync(Client, id, fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty("File")[0].GetString()));
        Assert.Equal(filesBefore, StoredFiles());
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<OpenDataDb>().Distributions.AnyAsync(d => d.DatasetId == id));
    }

    [Fact]
    public async Task the_new_dataset_page_shows_an_error_summary_that_links_to_the_empty_title()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var page = await GetPageAsync("/verwaltung/daten/neu");

        using var response = await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.Title"] = " ", ["Model.Licence"] = "" });
        var result = await HtmlPage.FromAsync(response, "/verwaltung/daten/neu");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Fehler: ", result.Title, StringComparison.Ordinal);
        Assert.Contains(result.ErrorSummaryLinks(), l => l.Target == "feld-title" && l.Text == "Bitte geben Sie einen Titel ein.");
        Assert.Equal("true", result.Document.QuerySelector("#feld-title")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task the_dataset_page_shows_an_error_summary_for_a_file_whose_content_contradicts_its_name()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg));
        var result = await UploadThroughPageAsync(id, "tabelle.csv", "%PDF-1.4 kein CSV"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(result.ErrorSummaryLinks(), l => l.Target == "feld-file" && l.Text.Contains("keine CSV-Datei", StringComparison.Ordinal));
        Assert.DoesNotContain(StoredFiles(), f => f.Contains(id.ToString("N"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_dataset_page_shows_an_error_summary_for_a_csv_that_does_not_load_as_a_table()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg));
        var result = await UploadThroughPageAsync(id, "tabelle.csv", "Ort;Einwohner\nRimpar;7800\nGerbrunn\n"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(result.ErrorSummaryLinks(), l => l.Target == "feld-file" && l.Text.Contains("Zeile 3", StringComparison.Ordinal));
        Assert.DoesNotContain(StoredFiles(), f => f.Contains(id.ToString("N"), StringComparison.Ordinal));
    }

    /// <summary>Sends the file through the dataset page's upload form, with the form's hidden fields.</summary>
    private async Task<HtmlPage> UploadThroughPageAsync(Guid id, string fileName, byte[] bytes)
    {
        var page = await GetPageAsync($"/verwaltung/daten/{id}");
        var form = page.Document.QuerySelector("form[enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
        {
            content.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        }

        content.Add(new ByteArrayContent(bytes), "Datei", fileName);
        using var response = await Client.PostAsync(new Uri($"/verwaltung/daten/{id}", UriKind.Relative), content);
        return await HtmlPage.FromAsync(response, $"/verwaltung/daten/{id}");
    }

    private async Task<int> CountAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OpenDataDb>().Datasets.CountAsync();
    }

    private List<string> StoredFiles()
    {
        var folder = Path.Combine(Host.DataPath, "opendata");
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order()] : [];
    }
}
