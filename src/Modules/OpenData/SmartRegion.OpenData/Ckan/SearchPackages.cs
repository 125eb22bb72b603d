using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.OpenData.Resources;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>package_search</c> over the published datasets: free text <c>q</c> (every word in title, description,
/// keywords or publisher; <c>*:*</c> for all), the filter <c>fq</c>, <c>rows</c> (10, at most 1,000), <c>start</c>,
/// <c>sort</c> and the facets named in <c>facet.field</c>, counted over the hits. It runs over <see cref="PackageIndex"/>;
/// only the page of results is read from the database.
/// </summary>
internal static class SearchPackages
{
    public const string Action = "package_search";
    public const string DefaultSort = "score desc, metadata_modified desc";
    public const int MaxRows = 1000;

    public static readonly IReadOnlyList<string> FacetFields = ["organization", "groups", "tags", "res_format", "license_id"];
    private static readonly string[] SortFields = ["score", "name", "title_string", "metadata_modified", "metadata_created"];

    internal sealed record Result(int Count, string Sort, Dictionary<string, Dictionary<string, int>> Facets, IReadOnlyList<CkanPackage> Results,
        Dictionary<string, SearchFacet> SearchFacets);

    internal sealed record SearchFacet(string Title, IReadOnlyList<FacetItem> Items);

    internal sealed record FacetItem(string Name, string DisplayName, int Count);

    public static async Task<IResult> HandleAsync(HttpRequest request, CkanInput input, OpenDataDb db, PackageIndex index,
        IMunicipalityDirectory municipalities, string baseUrl, IStringLocalizer<OpenDataText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        var rows = Integer(input, "rows", 10, 0, errors, text);
        var start = Integer(input, "start", 0, 0, errors, text);
        var sort = string.IsNullOrWhiteSpace(input.Text("sort")) ? DefaultSort : input.Text("sort")!.Trim();
        var order = ParseSort(sort);
        if (order is null)
        {
            errors["sort"] = [text["Ckan.Sort.Invalid", string.Join(", ", SortFields)]];
        }

        var facetFields = FacetList(input, errors, text);
        var facetLimit = Integer(input, "facet.limit", 50, -1, errors, text);
        var facetMinCount = Integer(input, "facet.mincount", 1, 0, errors, text);
        var (words, qFilter) = ParseQ(input.Text("q"));
        var filter = PackageFilter.Parse(string.Join(' ', new[] { input.Text("fq"), qFilter }.Where(s => !string.IsNullOrWhiteSpace(s))), out var fqError);
        if (fqError is { } e)
        {
            errors["fq"] = [text[e.Key, e.Arguments]];
        }

        if (errors.Count > 0)
        {
            return Tabular.CkanEnvelope.Invalid(request, Action, errors);
        }

        var snapshot = await index.CurrentAsync(db, municipalities, cancellationToken);
        var all = snapshot.Rows;
        var unfiltered = words.Length == 0 && filter!.IsEmpty;
        var hits = new List<int>(unfiltered ? all.Length : 256);
        var scores = words.Length == 0 ? null : new int[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            var row = all[i];
            if (!unfiltered && (!ContainsAll(row.Haystack, words) || !filter!.Matches(row)))
            {
                continue;
            }

            hits.Add(i);
            if (scores is not null)
            {
                foreach (var w in words)
                {
                    scores[i] += row.TitleLower.Contains(w, StringComparison.Ordinal) ? 2 : 1;
                }
            }
        }

        Sort(hits, order!, snapshot, scores);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var page = hits.Skip(start).Take(Math.Min(rows, MaxRows)).Select(i => all[i]).ToList();
        var ids = page.Where(r => !snapshot.Packages.ContainsKey((r.Id, baseUrl, language))).Select(r => r.Id).ToList();
        if (ids.Count > 0)
        {
            var datasets = await db.Datasets.AsNoTracking().Include(d => d.Distributions).Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
            foreach (var dataset in datasets)
            {
                var org = page.First(r => r.Id == dataset.Id).Organization;
                snapshot.Packages[(dataset.Id, baseUrl, language)] =
                    PackageDicts.Package(dataset, org, snapshot.OrganizationCreated.GetValueOrDefault(org.Id), baseUrl, language);
            }
        }

        var results = page.Select(r => snapshot.Packages.GetValueOrDefault((r.Id, baseUrl, language))).OfType<CkanPackage>().ToList();

        var facets = new Dictionary<string, Dictionary<string, int>>();
        var searchFacets = new Dictionary<string, SearchFacet>();
        foreach (var field in facetFields)
        {
            IEnumerable<KeyValuePair<string, int>> counts;
            if (unfiltered)
            {
                counts = snapshot.AllCounts(field);
            }
            else
            {
                var counted = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var i in hits)
                {
                    foreach (var value in PackageFilter.ValuesOf(all[i], field))
                    {
                        counted[value] = counted.GetValueOrDefault(value) + 1;
                    }
                }

                counts = counted;
            }

            var items = counts.Where(c => c.Value >= facetMinCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(facetLimit < 0 ? int.MaxValue : facetLimit)
                .Select(c => new FacetItem(c.Key, DisplayName(field, c.Key, snapshot, language), c.Value)).ToList();
            facets[field] = items.ToDictionary(i => i.Name, i => i.Count);
            searchFacets[field] = new SearchFacet(field, items);
        }

        return Tabular.CkanEnvelope.Success(request, Action, new Result(hits.Count, sort, facets, results, searchFacets));
    }

    private static string DisplayName(string field, string value, PackageSnapshot snapshot, string language) => field switch
    {
        "organization" => snapshot.ByName.TryGetValue(value, out var org) ? org.Title : value,
        "groups" => Themes.Name(value.ToUpperInvariant(), language),
        "license_id" => Licences.Find(value)?.Name ?? value,
        _ => value,
    };

    /// <summary>Words to find, and <c>field:value</c> terms of <c>q</c> that name a filter field (CKAN passes those on to Solr).</summary>
    private static (string[] Words, string Filter) ParseQ(string? q)
    {
        var text = (q ?? "").Trim();
        if (text is "" or "*:*" or "*")
        {
            return ([], "");
        }

        var words = new List<string>();
        var filters = new List<string>();
        foreach (var term in Terms(text))
        {
            var colon = term.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && PackageFilter.Fields.Contains(term[..colon]))
            {
                filters.Add(term);
            }
            else if (term is not ("AND" or "&&"))
            {
                words.Add(term.Trim('"').ToLowerInvariant());
            }
        }

        return ([.. words.Where(w => w.Length > 0)], string.Join(' ', filters));
    }

    private static IEnumerable<string> Terms(string text)
    {
        var start = -1;
        var quoted = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || (!quoted && char.IsWhiteSpace(text[i]));
            if (i < text.Length && text[i] == '"')
            {
                quoted = !quoted;
            }

            if (end)
            {
                if (start >= 0)
                {
                    yield return text[start..i];
                }

                start = -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }
    }

    /// <summary>The sort keys (field, descending), or null when the sort cannot be read.</summary>
    private static List<(string Field, bool Descending)>? ParseSort(string sort)
    {
        var keys = new List<(string, bool)>();
        foreach (var part in sort.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bits = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bits.Length is < 1 or > 2 || !SortFields.Contains(bits[0]) || (bits.Length == 2 && bits[1] is not ("asc" or "desc")))
            {
                return null;
            }

            keys.Add((bits[0], bits.Length == 2 && bits[1] == "desc"));
        }

        return keys.Count == 0 ? null : keys;
    }

    /// <summary>
    /// Sorts hits (row positions) by precomputed ranks, so comparing is comparing integers; ties keep the snapshot's
    /// order (newest change first). Without words every score is the same, so the score key is left out.
    /// </summary>
    private static void Sort(List<int> hits, List<(string Field, bool Descending)> order, PackageSnapshot snapshot, int[]? scores)
    {
        var keys = order.Where(k => k.Field != "score" || scores is not null)
            .Select(k => (Values: k.Field == "score" ? scores! : snapshot.Ranks(k.Field), Sign: k.Descending ? -1 : 1))
            .ToArray();
        if (keys.Length == 0 || (keys.Length == 1 && keys[0].Sign == -1 && order[0].Field == "metadata_modified" && scores is null))
        {
            return;
        }

        hits.Sort((a, b) =>
        {
            foreach (var (values, sign) in keys)
            {
                var c = values[a].CompareTo(values[b]);
                if (c != 0)
                {
                    return sign * c;
                }
            }

            return a.CompareTo(b);
        });
    }

    private static bool ContainsAll(string haystack, string[] words)
    {
        foreach (var w in words)
        {
            if (!haystack.Contains(w, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> FacetList(CkanInput input, Dictionary<string, string[]> errors, IStringLocalizer<OpenDataText> text)
    {
        var element = input.Json("facet.field");
        if (element is null)
        {
            return [];
        }

        var values = element.Value.ValueKind switch
        {
            JsonValueKind.Array when element.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                element.Value.EnumerateArray().Select(v => v.GetString()!).ToList(),
            JsonValueKind.String => [element.Value.GetString()!],
            _ => null,
        };
        if (values is null)
        {
            errors["facet.field"] = [text["Ckan.Facet.NotAList"]];
            return [];
        }

        foreach (var unknown in values.Where(v => !FacetFields.Contains(v)))
        {
            errors["facet.field"] = [text["Ckan.Facet.Unknown", unknown, string.Join(", ", FacetFields)]];
        }

        return [.. values.Distinct()];
    }

    internal static int Integer(CkanInput input, string key, int fallback, int min, Dictionary<string, string[]> errors, IStringLocalizer<OpenDataText> text)
    {
        var value = input.Text(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min)
        {
            return number;
        }

        errors[key] = [text["Ckan.Integer.Invalid", min]];
        return fallback;
    }
}
