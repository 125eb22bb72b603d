using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Finding;

/// <summary>
/// What the search page needs from the search: the parameters of <c>GET /api/help/search</c> (<c>q</c>, <c>place</c>,
/// <c>category</c>, <c>target_group</c>, <c>language</c>, <c>accessibility</c>, <c>free</c>, <c>open_now</c>, <c>sort</c>,
/// <c>page</c>, <c>per_page</c>) in, the same answer or the same validation errors out. The Lucene search implements it
/// with its search slice, so the page and the API answer alike.
/// </summary>
internal interface IHelpSearch
{
    Task<Outcome<HelpSearchResult>> SearchAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken);
}

/// <summary>One page of results. <see cref="Crisis"/>: the words signal acute danger, the hotlines go first.</summary>
internal sealed record HelpSearchResult(
    int Total,
    int Page,
    int PerPage,
    bool Crisis,
    HelpSearchPlace? Place,
    IReadOnlyList<HelpSearchHit> Items,
    HelpSearchSuggestions? Suggestions)
{
    public int TotalPages => Math.Max(1, (Total + PerPage - 1) / PerPage);
}

internal sealed record HelpSearchHit(
    string Id,
    string Name,
    string Organization,
    string Municipality,
    double? DistanceKm,
    string Snippet,
    bool? OpenNow,
    bool Hotline,
    IReadOnlyList<string> Categories);

/// <summary>The place searched in; <see cref="FromQuery"/> when it was named among the words („pflegedienst höchberg“).</summary>
internal sealed record HelpSearchPlace(string Ags, string Name, bool FromQuery);

/// <summary>Nothing found: the nearest categories, and whether searching without the place would find something.</summary>
internal sealed record HelpSearchSuggestions(string Message, IReadOnlyList<HelpSearchCategory> Categories, bool WidenArea, int? TotalWithoutPlace);

internal sealed record HelpSearchCategory(string Code, string Name);
