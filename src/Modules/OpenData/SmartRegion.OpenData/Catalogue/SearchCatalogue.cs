using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Catalogue;

/// <summary>
/// The public catalogue search: published datasets filtered by words and by facets (theme, publisher, format,
/// licence, municipality; several values of one facet widen, different facets narrow), with the counts of every
/// facet value among the hits. The catalogue of a region is small (hundreds to a few thousand datasets), so the facets
/// are counted in memory over a slim projection.
/// </summary>
internal static class SearchCatalogue
{
    public const int PageSize = 20;

    internal sealed record Request(
        string? Text = null, IReadOnlyList<string>? Themes = null, IReadOnlyList<string>? Publishers = null, IReadOnlyList<string>? Formats = null,
        IReadOnlyList<string>? Licences = null, IReadOnlyList<string>? Municipalities = null, int Page = 1);

    internal sealed record Hit(Guid Id, string Name, string Title, string Summary, string Publisher, IReadOnlyList<string> Themes,
        IReadOnlyList<string> Formats, DateTimeOffset Modified);

    internal sealed record FacetValue(string Value, string Label, int Count, bool Selected);

    internal sealed record Response(IReadOnlyList<Hit> Hits, int Total, int Page, int TotalPages,
        IReadOnlyList<FacetValue> Themes, IReadOnlyList<FacetValue> Publishers, IReadOnlyList<FacetValue> Formats,
        IReadOnlyList<FacetValue> Licences, IReadOnlyList<FacetValue> Municipalities);

    private sealed record Row(Guid Id, string Name, string Title, string Description, List<string> Keywords, List<string> Themes,
        string Ags, string Publisher, string Municipality, string? Licence, List<string> Formats, DateTimeOffset Modified);

    public static async Task<Response> ExecuteAsync(Request request, string language, OpenDataDb db, IMunicipalityDirectory municipalities,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var names = (await municipalities.ListAsync(cancellationToken)).ToDictionary(m => m.Ags, m => m.Name);
        var datasets = await db.Datasets.AsNoTracking().Where(d => d.Status == DatasetStatus.Published)
            .Select(d => new
            {
                d.Id, d.Name, d.Title, d.Description, d.Keywords, d.Themes, d.MunicipalityAgs, d.PublisherName, d.LicenceCode, d.Modified,
                Formats = d.Distributions.Select(x => x.FormatCode).ToList(),
            })
            .ToListAsync(cancellationToken);
        var rows = datasets.Select(d =>
        {
            var municipality = names.GetValueOrDefault(d.MunicipalityAgs) ?? d.MunicipalityAgs;
            return new Row(d.Id, d.Name, d.Title, d.Description, d.Keywords, d.Themes, d.MunicipalityAgs, d.PublisherName ?? municipality,
                municipality, d.LicenceCode, [.. d.Formats.OfType<string>().Distinct()], d.Modified);
        }).ToList();

        var words = (request.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        rows = [.. rows.Where(r => words.All(w => r.Title.Contains(w, StringComparison.CurrentCultureIgnoreCase)
            || r.Description.Contains(w, StringComparison.CurrentCultureIgnoreCase)
            || r.Keywords.Any(k => k.Contains(w, StringComparison.CurrentCultureIgnoreCase))
            || r.Publisher.Contains(w, StringComparison.CurrentCultureIgnoreCase)))];

        var filters = new (IReadOnlyList<string>? Selected, Func<Row, IEnumerable<string>> Values)[]
        {
            (request.Themes, r => r.Themes),
            (request.Publishers, r => [r.Publisher]),
            (request.Formats, r => r.Formats),
            (request.Licences, r => r.Licence is null ? [] : [r.Licence]),
            (request.Municipalities, r => [r.Ags]),
        };

        // Each facet counts over the hits of every other facet's filter, so its own values stay selectable.
        IEnumerable<Row> FilteredExcept(int skip) => rows.Where(r => filters.Select((f, i) => i == skip || f.Selected is not { Count: > 0 }
            || f.Values(r).Any(v => f.Selected.Contains(v))).All(ok => ok));

        List<FacetValue> Facet(int index, Func<string, string> label)
        {
            var selected = filters[index].Selected ?? [];
            return [.. FilteredExcept(index).SelectMany(filters[index].Values).Concat(selected)
                .GroupBy(v => v)
                .Select(g => new FacetValue(g.Key, label(g.Key), g.Count() - (selected.Contains(g.Key) ? 1 : 0), selected.Contains(g.Key)))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.CurrentCulture)];
        }

        var hits = FilteredExcept(-1).OrderByDescending(r => r.Modified).ThenBy(r => r.Id).ToList();
        var totalPages = Math.Max(1, (hits.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(request.Page, 1, totalPages);
        return new Response(
            [.. hits.Skip((page - 1) * PageSize).Take(PageSize).Select(r => new Hit(r.Id, r.Name, r.Title, Summary(r.Description), r.Publisher,
                r.Themes, r.Formats, r.Modified))],
            hits.Count, page, totalPages,
            Facet(0, code => Vocabularies.Themes.Name(code, language)),
            Facet(1, name => name),
            Facet(2, code => code),
            Facet(3, code => Vocabularies.Licences.Find(code)?.Name ?? code),
            Facet(4, ags => names.GetValueOrDefault(ags) ?? ags));
    }

    private static string Summary(string description)
    {
        var firstParagraph = description.Split('\n', 2)[0];
        return firstParagraph.Length <= 240 ? firstParagraph : firstParagraph[..240].TrimEnd() + " …";
    }
}
