using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;
using SmartRegion.Help.Resources;
using SmartRegion.Help.Schedules;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Search;

/// <summary>
/// Finds support offers from plain words: <c>GET /api/help/search?q=…&amp;place=…</c>. The search page calls the same
/// <see cref="ExecuteAsync"/>. Crisis words put the nationwide hotlines first; nothing found gives suggestions.
/// </summary>
internal static class SearchOffers
{
    internal sealed record SearchResults(
        [property: JsonPropertyName("total"), Description("All offers found: the good matches and the weaker rest.")] int Total,
        [property: JsonPropertyName("page")] int Page,
        [property: JsonPropertyName("per_page")] int PerPage,
        [property: JsonPropertyName("crisis")] bool Crisis,
        [property: JsonPropertyName("place")] SearchPlace? Place,
        [property: JsonPropertyName("outside_place"), Description("A place outside the region named in the words or as place (e.g. Kitzingen): it was not searched as a word, and only district-wide and nationwide offers are shown.")] string? OutsidePlace,
        [property: JsonPropertyName("free")] SearchCostFilter Free,
        [property: JsonPropertyName("good_total"), Description("How many of total are good matches for the words. They come first in the order; the rest are further, less relevant offers (good_match false on each item).")] int GoodTotal,
        [property: JsonPropertyName("items")] IReadOnlyList<SearchResultItem> Items,
        [property: JsonPropertyName("suggestions")] SearchSuggestionList? Suggestions);

    internal sealed record SearchResultItem(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("organization")] string Organization,
        [property: JsonPropertyName("municipality")] string Municipality,
        [property: JsonPropertyName("distance_km")] double? DistanceKm,
        [property: JsonPropertyName("snippet")] string Snippet,
        [property: JsonPropertyName("open_now")] bool? OpenNow,
        [property: JsonPropertyName("hotline")] bool Hotline,
        [property: JsonPropertyName("categories")] IReadOnlyList<string> Categories,
        [property: JsonPropertyName("good_match"), Description("True for a good match for the words (and for crisis hotlines); false for a further, less relevant offer, listed after the good ones.")] bool GoodMatch);

    internal sealed record SearchPlace(
        [property: JsonPropertyName("ags")] string Ags,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("from_query")] bool FromQuery);

    /// <summary>
    /// How the search treated cost: <c>only</c> — only free offers (the <c>free</c> parameter, or words such as
    /// „kostenlos“, then <c>from_query</c> is true and those words were not searched); <c>first</c> — the words named a
    /// lack of money („kein Geld“), so free offers rank higher without hiding the others.
    /// </summary>
    internal sealed record SearchCostFilter(
        [property: JsonPropertyName("only")] bool Only,
        [property: JsonPropertyName("from_query")] bool FromQuery,
        [property: JsonPropertyName("first")] bool First);

    internal sealed record SearchSuggestionList(
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("categories")] IReadOnlyList<SearchCategoryItem> Categories,
        [property: JsonPropertyName("widen_area")] bool WidenArea,
        [property: JsonPropertyName("total_without_place")] int? TotalWithoutPlace);

    internal sealed record SearchCategoryItem(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name);

    public static async Task<Outcome<SearchResults>> ExecuteAsync(
        IReadOnlyDictionary<string, string?> query,
        SearchIndex index,
        SearchEngine engine,
        PlaceDirectoryCache placeCache,
        TimeProvider time,
        ISearchStatistics statistics,
        IStringLocalizer<SearchText> text,
        CancellationToken cancellationToken)
    {
        var places = await placeCache.GetAsync(cancellationToken);
        using var lease = index.Acquire();
        var parsed = SearchRequest.Parse(query, places, lease.CategoryCodes, text);
        if (!parsed.IsOk)
        {
            var errors = new ValidationErrors();
            foreach (var (field, messages) in parsed.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }

            return Outcome<SearchResults>.Invalid(errors);
        }

        var (spec, fromQuery, freeFromQuery) = parsed.Value!;
        var outcome = engine.Search(spec, lease, OpeningHours.LocalTime(time.GetUtcNow()));
        statistics.Count(spec.Text, outcome.Total);
        return Outcome<SearchResults>.Ok(new SearchResults(
            outcome.Total,
            spec.Page,
            spec.PerPage,
            outcome.Crisis,
            spec.Place is { } p ? new SearchPlace(p.Ags, p.Name, fromQuery) : null,
            spec.OutsidePlace,
            new SearchCostFilter(spec.FreeOnly, freeFromQuery, outcome.FreeFirst && !spec.FreeOnly),
            outcome.GoodTotal,
            [.. outcome.Hits.Select(h => new SearchResultItem(h.Offer.Id, h.Offer.Name, h.Offer.Organization, h.Offer.Municipality, h.DistanceKm, h.Snippet, h.OpenNow, h.Hotline,
                [.. h.Offer.CategoryCodes], h.Good))],
            outcome.Suggestions is { } s
                ? new SearchSuggestionList(
                    spec.Place is null
                        ? text["Search.NothingFound"]
                        : text["Search.NothingFoundIn", spec.Place.Name],
                    [.. s.Categories.Select(c => new SearchCategoryItem(c.Code, c.Name))],
                    spec.Place is not null,
                    s.TotalWithoutPlace)
                : null));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/search", async Task<Results<Ok<SearchResults>, ValidationProblem, ProblemHttpResult>> (
                HttpContext http, SearchIndex index, SearchEngine engine, PlaceDirectoryCache places, TimeProvider time, ISearchStatistics statistics, IStringLocalizer<SearchText> text, CancellationToken ct) =>
            {
                if (!index.IsReady)
                {
                    http.Response.Headers.RetryAfter = "5";
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status503ServiceUnavailable,
                        title: text["Search.Busy"],
                        detail: text["Search.BusyDetail"]);
                }

                var (query, duplicates) = ReadQuery(http.Request.Query, text);
                if (!duplicates.IsEmpty)
                {
                    return Outcome<SearchResults>.Invalid(duplicates).ToValidationProblem();
                }

                var result = await ExecuteAsync(query, index, engine, places, time, statistics, text, ct);
                return result.IsOk ? TypedResults.Ok(result.Value!) : result.ToValidationProblem(title: text["Search.Invalid"]);
            })
            .WithName("SearchOffers")
            .WithSummary("Searches the help directory's offers from plain words, with place, filters and paging.")
            .WithDescription("Items come in order: first the good matches for the words (good_match true, good_total of them), then further, less relevant offers (good_match false). Words of cost such as kostenlos, umsonst, gratis or free are the free-of-charge filter (free.only and free.from_query), not words to look for.")
            .AllowAnonymous();

    /// <summary>
    /// The query string as the search reads it: each parameter with its first value, and an error for every parameter
    /// given more than once (which of the values was meant?). The API and the search page read their query through here.
    /// </summary>
    public static (Dictionary<string, string?> Values, ValidationErrors Duplicates) ReadQuery(
        IEnumerable<KeyValuePair<string, StringValues>> query, IStringLocalizer<SearchText> text)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var duplicates = new ValidationErrors();
        foreach (var (key, value) in query)
        {
            duplicates.AddIf(value.Count > 1, key, text["Search.Duplicate"]);
            values[key] = value.Count == 0 ? null : value[0];
        }

        return (values, duplicates);
    }
}
