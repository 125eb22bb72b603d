using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Help.Search;

/// <summary>A validated search: the words, the place (chosen or named in the words), filters, order and page.</summary>
internal sealed record SearchSpec(
    string Text,
    MunicipalitySummary? Place = null,
    double? Latitude = null,
    double? Longitude = null,
    string? Category = null,
    string? TargetGroup = null,
    int? Age = null,
    string? Language = null,
    string? Accessibility = null,
    bool FreeOnly = false,
    bool OpenNow = false,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PerPage = 10)
{
    /// <summary>A place outside the region that the search named: only district-wide and nationwide offers are shown.</summary>
    public string? OutsidePlace { get; init; }

    /// <summary>The words name a lack of money („kein Geld“): free offers rank higher (see <see cref="CostWords"/>).</summary>
    public bool WantsFree { get; init; }
}

internal enum SearchSort
{
    Relevance,
    Distance,
}

/// <summary>What the search found: the page of hits, the total, the crisis flag and, when nothing was found, suggestions.</summary>
internal sealed record SearchOutcome(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    bool Crisis,
    SearchSuggestions? Suggestions)
{
    /// <summary>The words named a lack of money, so free offers were ranked higher.</summary>
    public bool FreeFirst { get; init; }

    /// <summary>How many of <see cref="Total"/> are good matches; they come first, the weaker ones after them.</summary>
    public int GoodTotal { get; init; }
}

internal sealed record SearchHit(IndexedOffer Offer, double? DistanceKm, bool? OpenNow, string Snippet, bool Hotline)
{
    /// <summary>A good match for the words (see <see cref="SearchEngine.GoodShare"/>); false for the weaker rest.</summary>
    public bool Good { get; init; } = true;

    /// <summary>The text score as a share of the best one.</summary>
    public double Match { get; init; } = 1;
}

internal sealed record SearchSuggestions(IReadOnlyList<CategorySuggestion> Categories, int? TotalWithoutPlace);

internal sealed record CategorySuggestion(string Code, string Name);
