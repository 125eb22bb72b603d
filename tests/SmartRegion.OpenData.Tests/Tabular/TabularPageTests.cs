using System.Net;
using System.Text;
using SmartRegion.TestKit;
using Xunit;

namespace SmartRegion.OpenData.Tests.Tabular;

public sealed class TabularPageTests(TabularHost host) : IntegrationTest<TabularHost>(host), IClassFixture<TabularHost>
{
    private string Towns() => Host.Resources.Add(Encoding.UTF8.GetBytes(
        "Gemeinde;Einwohner;Fläche;Stichtag\n" +
        "Würzburg;127.934;87,63;31.12.2023\n" +
        "Höchberg;9.612;8,05;31.12.2023\n" +
        "<script>alert(1)</script>;-12;1,5;31.12.2023\n")).ResourceId;

    [Fact]
    public async Task the_preview_is_an_accessible_table_with_column_types()
    {
        var page = await GetPageAsync("/daten/tabellen/" + Towns());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var region = page.Document.QuerySelector("div.kern-table-responsive[role=region]")!;
        Assert.Equal("0", region.GetAttribute("tabindex"));
        var caption = region.QuerySelector("caption")!;
        Assert.Equal(caption.Id, region.GetAttribute("aria-labelledby"));
        Assert.Equal("Zeilen 1 bis 3 von 3", caption.TextContent.Trim());
        var headers = region.QuerySelectorAll("thead th[scope=col]").Select(th => string.Join(' ', th.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))).ToArray();
        Assert.Equal(["Zeile", "Gemeinde (Text)", "Einwohner (ganze Zahl)", "Fläche (Zahl)", "Stichtag (Datum)"], headers);
        Assert.Equal("127.934", region.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("31.12.2023", region.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td")[3].TextContent);
    }

    [Fact]
    public async Task the_chart_is_an_svg_image_with_title_description_and_the_same_values_as_a_table()
    {
        var page = await GetPageAsync("/daten/tabellen/" + Towns());

        var svg = page.Document.QuerySelector("figure svg[role=img]")!;
        var title = svg.QuerySelector("title")!;
        var description = svg.QuerySelector("desc")!;
        Assert.Equal($"{title.Id} {description.Id}", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Einwohner je Gemeinde", title.TextContent);
        Assert.Contains("3 Werte von -12 bis 127.934", description.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, svg.QuerySelectorAll("rect").Length);
        var table = page.Document.QuerySelector("figure table")!;
        Assert.Equal(["Würzburg:127.934", "Höchberg:9.612", "<script>alert(1)</script>:-12"],
            table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent + ":" + r.QuerySelector("td")!.TextContent));
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent.StartsWith("<script>alert", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.Document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task the_get_form_chooses_the_columns_and_a_line_chart()
    {
        var id = Towns();

        var page = await GetPageAsync($"/daten/tabellen/{id}?beschriftung=Gemeinde&wert=Fl%C3%A4che&darstellung=linie");

        var form = page.Document.QuerySelector("section[aria-labelledby=diagramm] form[method=get]")!;
        Assert.Equal("/daten/tabellen/" + id, form.GetAttribute("action"));
        Assert.Equal(["Einwohner", "Fläche", "_anzahl"], form.QuerySelectorAll("select[name=wert] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Fläche", form.QuerySelector("select[name=wert] option[selected]")!.GetAttribute("value"));
        var svg = page.Document.QuerySelector("figure svg")!;
        Assert.Equal("Fläche je Gemeinde", svg.QuerySelector("title")!.TextContent);
        Assert.NotNull(svg.QuerySelector("polyline"));
        Assert.Equal(3, svg.QuerySelectorAll("circle").Length);
    }

    [Fact]
    public async Task an_unknown_resource_answers_with_the_not_found_page()
    {
        var page = await GetPageAsync("/daten/tabellen/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Null(page.Document.QuerySelector("table"));
    }

    [Fact]
    public async Task a_broken_file_shows_why_it_cannot_be_shown()
    {
        var id = Host.Resources.Add(Encoding.UTF8.GetBytes("a;b\n1;2\n3\n")).ResourceId;

        var page = await GetPageAsync("/daten/tabellen/" + id);

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("Zeile 3 hat 1 Felder", page.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_default_chart_of_polling_stations_is_not_their_latitude()
    {
        var id = Host.Resources.Add(Encoding.UTF8.GetBytes("stimmbezirk,name,breite,laenge\n001,Rathaus,49.7835,9.8800\n002,Schule,49.7855,9.8830\n003,Halle,49.7875,9.8800\n")).ResourceId;

        var page = await GetPageAsync("/daten/tabellen/" + id);

        Assert.Null(page.Document.QuerySelector("section[aria-labelledby=diagramm] svg"));
        Assert.Contains("Keine Spalte eignet sich von selbst", page.Document.QuerySelector("section[aria-labelledby=diagramm] p")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("section[aria-labelledby=diagramm] select[name=wert]"));
    }

    [Fact]
    public async Task counting_rows_per_category_charts_the_most_frequent_values()
    {
        var id = Host.Resources.Add(Encoding.UTF8.GetBytes("Name;Art\nA;Spielplatz\nB;Bolzplatz\nC;Spielplatz\nD;Spielplatz\n")).ResourceId;

        var page = await GetPageAsync("/daten/tabellen/" + id);

        var table = page.Document.QuerySelector("figure table")!;
        Assert.Equal(["Spielplatz:3", "Bolzplatz:1"], table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent + ":" + r.QuerySelector("td")!.TextContent));
        Assert.Equal("Anzahl der Zeilen je Art", page.Document.QuerySelector("figure svg title")!.TextContent);
    }

    [Fact]
    public async Task the_preview_and_the_chart_table_write_the_same_number_the_same_way()
    {
        var id = Host.Resources.Add(Encoding.UTF8.GetBytes("Ort;Messwert\nA;49,78345\nB;1234,5\n")).ResourceId;

        var page = await GetPageAsync("/daten/tabellen/" + id);

        var preview = page.Document.QuerySelector("section[aria-labelledby=vorschau] tbody tr td:nth-child(3)")!.TextContent;
        var chart = page.Document.QuerySelector("figure table tbody tr td")!.TextContent;
        Assert.Equal("49,7835", preview);
        Assert.Equal(preview, chart);
        Assert.Contains("von 49,7835 bis 1.234,5", page.Document.QuerySelector("figure figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_preview_pages_past_the_first_20_rows_and_filters_with_a_get_form()
    {
        var csv = new StringBuilder("Nr;Gemeinde;Einwohner\n");
        for (var i = 1; i <= 45; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i};{(i % 9 == 0 ? "Zell" : "Ort " + i)};{i * 100}\n");
        }

        var id = Host.Resources.Add(Encoding.UTF8.GetBytes(csv.ToString())).ResourceId;

        var first = await GetPageAsync("/daten/tabellen/" + id);
        var next = first.Document.QuerySelector("nav.sr-pager a[rel=next]")!.GetAttribute("href")!;
        var second = await GetPageAsync(next);
        var third = await GetPageAsync("/daten/tabellen/" + id + "?seite=99");
        var filtered = await GetPageAsync("/daten/tabellen/" + id + "?suche=Zell");

        Assert.Equal("/daten/tabellen/" + id + "?seite=2", next);
        Assert.Equal("Zeilen 21 bis 40 von 45", second.Document.QuerySelector("section[aria-labelledby=vorschau] caption")!.TextContent.Trim());
        Assert.Equal("21", second.Document.QuerySelector("section[aria-labelledby=vorschau] tbody tr th")!.TextContent);
        Assert.Equal("Zeilen 41 bis 45 von 45", third.Document.QuerySelector("section[aria-labelledby=vorschau] caption")!.TextContent.Trim());
        var search = filtered.Document.QuerySelector("section[aria-labelledby=vorschau] form[method=get]")!;
        Assert.Equal("suche", search.QuerySelector("input[type=search]")!.GetAttribute("name"));
        Assert.Equal("Zeilen 1 bis 5 von 5 (gefiltert nach „Zell“)", filtered.Document.QuerySelector("section[aria-labelledby=vorschau] caption")!.TextContent.Trim());
        Assert.All(filtered.Document.QuerySelectorAll("section[aria-labelledby=vorschau] tbody tr"), r => Assert.Contains("Zell", r.TextContent, StringComparison.Ordinal));
        Assert.Null(filtered.Document.QuerySelector("nav.sr-pager"));
    }
}
