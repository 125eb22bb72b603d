using Microsoft.Extensions.Localization;
using SmartRegion.Help.Resources;
using SmartRegion.Help.Search;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Finding;

/// <summary>The search page's seam on the Lucene search: the same slice as <c>GET /api/help/search</c>.</summary>
internal sealed class LuceneHelpSearch(
    SearchIndex index, SearchEngine engine, PlaceDirectoryCache places, TimeProvider time, ISearchStatistics statistics, IStringLocalizer<SearchText> text) : IHelpSearch
{
    /// <summary>How long a page waits for an index that is still being built at start before it says so.</summary>
    private static readonly TimeSpan ReadyWait = TimeSpan.FromSeconds(10);

    public async Task<Outcome<HelpSearchResult>> SearchAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken)
    {
        if (!index.IsReady)
        {
            try
            {
                await index.WaitUntilReadyAsync(cancellationToken).WaitAsync(ReadyWait, cancellationToken);
            }
            catch (TimeoutException)
            {
                return Outcome<HelpSearchResult>.Invalid(new ValidationErrors().Add("q", text["Search.Preparing"]));
            }
        }

        var result = await SearchOffers.ExecuteAsync(query, index, engine, places, time, statistics, text, cancellationToken);
        if (!result.IsOk)
        {
            var errors = new ValidationErrors();
            foreach (var (field, messages) in result.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }

            return Outcome<HelpSearchResult>.Invalid(errors);
        }

        var r = result.Value!;
        return Outcome<HelpSearchResult>.Ok(new HelpSearchResult(
            r.Total,
            r.Page,
            r.PerPage,
            r.Crisis,
            r.Place is { } p ? new HelpSearchPlace(p.Ags, p.Name, p.FromQuery) : null,
            [.. r.Items.Select(i => new HelpSearchHit(i.Id, i.Name, i.Organization, i.Municipality, i.DistanceKm, i.Snippet, i.OpenNow, i.Hotline, i.Categories))],
            r.Suggestions is { } s
                ? new HelpSearchSuggestions(s.Message, [.. s.Categories.Select(c => new HelpSearchCategory(c.Code, c.Name))], s.WidenArea, s.TotalWithoutPlace)
                : null));
    }
}
