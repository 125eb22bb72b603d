using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using SmartRegion.Help.Crisis;
using SmartRegion.Help.Guide;
using SmartRegion.Help.Search;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Finding;

/// <summary>
/// The search page: a GET form with the search API's own parameter names, so the page hands its query to the same search
/// and gets the same checks. <c>lage</c> (the guide's life situation) is the page's only extra parameter.
/// </summary>
public partial class HelpSearchPage
{
    private const string SituationParameter = "lage";

    /// <summary>How long the page waits for an index that is still being built at start before it says so.</summary>
    private static readonly TimeSpan ReadyWait = TimeSpan.FromSeconds(10);

    [CascadingParameter]
    private HttpContext Http { get; set; } = default!;

    private Dictionary<string, string?> _query = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private SearchOffers.SearchResults? _result;
    private bool _searched;
    private LifeSituation? _situation;
    private IReadOnlyList<ListCrisisHotlines.Hotline>? _hotlines;
    private IReadOnlyList<(string Value, string Text)> _places = [];
    private IReadOnlyList<(string Value, string Text)> _categories = [];
    private IReadOnlySet<string> _germanCategories = new HashSet<string>();
    private IReadOnlyList<(string Value, string Text)> _groups = [];
    private IReadOnlyList<(string Value, string Text)> _languages = [];
    private IReadOnlyList<(string Value, string Text)> _accessibility = [];
    private IReadOnlyList<(string Value, string Text)> _sorts = [];

    private string Title => _result is { } r ? T["Search.ResultsTitle", r.Total] : T["Search.Title"];

    private bool AnyFilter => new[] { "category", "target_group", "language", "accessibility", "free", "open_now", "sort" }.Any(k => Value(k) is not null) || _errors.Count > 0;

    protected override async Task OnInitializedAsync()
    {
        var ct = CancellationToken.None;
        (_query, var errors) = SearchOffers.ReadQuery(Http.Request.Query, SearchText);
        _situation = LifeSituations.Find(Value(SituationParameter));
        if (_query.Remove(SituationParameter, out var slug) && slug is not null && _situation is null)
        {
            errors.Add(SituationParameter, T["Search.UnknownSituation"]);
        }

        _searched = _situation is not null || _query.Values.Any(v => !string.IsNullOrWhiteSpace(v)) || !errors.IsEmpty;
        if (_searched)
        {
            if (errors.IsEmpty)
            {
                var result = await SearchAsync(ct);
                _result = result.Value;
                _errors = result.Errors;
            }
            else
            {
                _errors = errors.ToDictionary();
            }

            if (_errors.Count > 0)
            {
                Http.Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        if (_result is { Crisis: true } || _situation is { IsCrisis: true })
        {
            _hotlines = await ListCrisisHotlines.ExecuteAsync(_situation?.CrisisCategories ?? ListCrisisHotlines.AllCrisisCategories, Db, ct);
        }

        await LoadChoicesAsync(ct);
    }

    /// <summary>The search slice of <c>GET /api/help/search</c>; where the API answers 503 while the index is built at start, the page waits a little.</summary>
    private async Task<Outcome<SearchOffers.SearchResults>> SearchAsync(CancellationToken ct)
    {
        if (!Index.IsReady)
        {
            try
            {
                await Index.WaitUntilReadyAsync(ct).WaitAsync(ReadyWait, ct);
            }
            catch (TimeoutException)
            {
                return Outcome<SearchOffers.SearchResults>.Invalid(new ValidationErrors().Add("q", SearchText["Search.Preparing"]));
            }
        }

        // The guide's situation stands for all of its categories until the person picks one in the filters.
        var query = _query;
        if (_situation is not null && Value("category") is null)
        {
            query = new Dictionary<string, string?>(_query, StringComparer.Ordinal) { ["category"] = LifeSituations.CategoryParameter(_situation) };
        }

        return await SearchOffers.ExecuteAsync(query, Index, Engine, Places, Time, Statistics, SearchText, ct);
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var lists = await Choices.GetAsync(ct);
        _places = lists.Places;
        _categories = SearchChoices.CategoriesFor(lists, Value("category"));
        _germanCategories = SearchChoices.GermanCategories(lists);
        _groups = lists.Groups;
        _languages = lists.Languages;
        _accessibility = lists.Accessibility;
        _sorts = lists.Sorts;
    }

    private static int TotalPages(SearchOffers.SearchResults r) => Math.Max(1, (r.Total + r.PerPage - 1) / r.PerPage);

    private string? Value(string key) => _query.GetValueOrDefault(key) is { } v && v.Trim().Length > 0 ? v : null;

    /// <summary>The good matches are the result; the weaker rest is counted under its own heading.</summary>
    private string ResultsHeading(SearchOffers.SearchResults r) => r.Place is { } p
        ? T["Search.CountIn", r.GoodTotal, p.Name]
        : T["Search.Count", r.GoodTotal];

    /// <summary>This search without the free-of-charge filter: neither the parameter nor the words that asked for it.</summary>
    private string WithoutFree() => Link(without: "free", query: CostWords.StripFree(Value("q") ?? "").Remainder);

    /// <summary>This search again, with one parameter dropped, other words or another page.</summary>
    private string Link(string? without = null, int? page = null, string? query = null)
    {
        var values = new Dictionary<string, string?>(_query, StringComparer.Ordinal);
        if (query is not null)
        {
            values["q"] = query;
        }

        var parts = values.Where(kv => kv.Key != without && kv.Key != "page" && !string.IsNullOrWhiteSpace(kv.Value))
            .Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value!)).ToList();
        if (_situation is not null)
        {
            parts.Insert(0, SituationParameter + "=" + _situation.Slug);
        }

        if (page is > 1)
        {
            parts.Add("page=" + page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return "/hilfe" + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }

    private string CategoryLink(string code)
    {
        var link = "/hilfe?category=" + Uri.EscapeDataString(code);
        return Value("place") is { } place ? link + "&place=" + Uri.EscapeDataString(place) : link;
    }
}
