using Lucene.Net.Index;
using Lucene.Net.Search;
using SmartRegion.Help.Schedules;

namespace SmartRegion.Help.Search;

/// <summary>
/// Runs a <see cref="SearchSpec"/> on an index lease: the planned text query under the filters, then ranking by place
/// (offers at the place first, then district-wide, then nationwide; nearer before farther), the open-now filter,
/// crisis hotlines first and suggestions when nothing matched.
/// </summary>
internal sealed class SearchEngine(QueryPlanner planner)
{
    private const int Candidates = 60;
    private const int WideCandidates = 500;
    private const float MinimumShare = 0.08f;
    private const float FreeBoost = 1.5f;

    /// <summary>
    /// Where good matches end. A query's words are planned as concepts (<see cref="QueryPlanner"/>): a word itself
    /// scores with weight 1, its compound parts 0.6, what synonyms add 0.5, their parts 0.3, words of context 0.35.
    /// An offer that meets a concept only through such a weaker term — „Beratung“ from „Schuldnerberatung“, a synonym
    /// of a synonym — lands below about half of the best offer's text score, while offers that carry the person's own
    /// word (or its synonyms in the name) stay above it. So the cut is relative to the best text score of the query
    /// (never absolute: BM25 scores differ from query to query) and sits just under the synonym weight: text score
    /// (without the free-offer lift, before place and distance) at least this share of the best is a good match.
    /// </summary>
    internal const double GoodShare = 0.35;

    public QueryPlanner Planner => planner;

    /// <summary>
    /// The same search on the same index state gives the same ranking, so answers are kept: people search for the same
    /// few needs again and again. Only „open now“ depends on the clock: it is worked out afresh for the page's offers,
    /// and a search filtered by it is never kept. A changed index (new reader) starts afresh.
    /// </summary>
    public SearchOutcome Search(SearchSpec spec, SearchIndex.Lease lease, DateTime localNow)
    {
        if (spec.OpenNow)
        {
            return SearchUncached(spec, lease, localNow);
        }

        var cache = _cache;
        if (!ReferenceEquals(cache.Reader, lease.Searcher.IndexReader) || cache.Answers.Count > MaxCached)
        {
            cache = _cache = new AnswerCache(lease.Searcher.IndexReader);
        }

        var outcome = cache.Answers.GetOrAdd(spec, static (s, state) => state.Self.SearchUncached(s, state.Lease, state.Now), (Self: this, Lease: lease, Now: localNow));
        return outcome with { Hits = [.. outcome.Hits.Select(h => h with { OpenNow = OpenNow(h.Offer, localNow) })] };
    }

    private const int MaxCached = 10_000;
    private AnswerCache _cache = new(null);

    private sealed record AnswerCache(IndexReader? Reader)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<SearchSpec, SearchOutcome> Answers { get; } = new();
    }

    /// <summary>The search itself, without the kept answers (the benchmark measures both).</summary>
    public SearchOutcome SearchUncached(SearchSpec spec, SearchIndex.Lease lease, DateTime localNow)
    {
        var searcher = lease.Searcher;
        var plan = spec.Text.Length == 0 ? null : planner.Plan(spec.Text, searcher.IndexReader);
        spec = spec with { WantsFree = plan?.WantsFree ?? false };
        var filters = Filters(spec, withPlace: true);
        // Words that leave nothing to search (only stop words) find nothing rather than everything.
        var total = 0;
        var ranked = spec.Text.Length > 0 && plan?.Query is null ? [] : Rank(searcher, lease.Offers, plan?.Query, filters, spec, out total);
        if (spec.OpenNow)
        {
            ranked = [.. ranked.Where(r => OpenNow(r.Offer, localNow) == true)];
            total = ranked.Count;
        }

        // Good matches first, the rest after them (by relevance that order holds anyway; by distance each part keeps it).
        var good = ranked.Count(r => r.Match >= GoodShare);
        ranked = [.. ranked.Where(r => r.Match >= GoodShare), .. ranked.Where(r => r.Match < GoodShare)];
        if (ranked.Count < total && good == ranked.Count)
        {
            // Every candidate read was a good match: the ones past the window are counted as good too (rare, and only
            // the count shown beside the list would be off).
            good = total;
        }

        var crisis = plan?.Crisis is not null;
        if (plan?.Crisis is { } signal)
        {
            var hotlines = lease.Offers.Values
                .Where(o => o.IsHotline && o.CategoryCodes.Any(signal.HotlineCategories.Contains))
                .OrderBy(o => signal.HotlineCategories.Select((c, i) => o.CategoryCodes.Contains(c) ? i : int.MaxValue).Min())
                .ThenBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => new Ranked(o, double.MaxValue, null, true))
                .ToList();
            var ids = hotlines.Select(h => h.Offer.Id).ToHashSet(StringComparer.Ordinal);
            var added = hotlines.Count(h => !ranked.Any(r => r.Offer.Id == h.Offer.Id));
            total += added;
            good += added + ranked.Count(r => ids.Contains(r.Offer.Id) && r.Match < GoodShare);
            ranked = [.. hotlines, .. ranked.Where(r => !ids.Contains(r.Offer.Id))];
        }

        var page = ranked.Skip((spec.Page - 1) * spec.PerPage).Take(spec.PerPage)
            .Select(r => new SearchHit(r.Offer, r.Distance, OpenNow(r.Offer, localNow), Snippets.Best(r.Offer, plan), r.Hotline) { Good = r.Hotline || r.Match >= GoodShare, Match = r.Match })
            .ToList();
        SearchSuggestions? suggestions = null;
        if (total == 0)
        {
            int? withoutPlace = null;
            if (spec.Place is not null && (plan?.Query is not null || spec.Text.Length == 0))
            {
                Rank(searcher, lease.Offers, plan?.Query, Filters(spec, withPlace: false), spec with { Place = null }, out var wider);
                withoutPlace = wider;
            }

            suggestions = new SearchSuggestions(CategorySuggestions.Nearest(plan, lease.Offers.Values, planner), withoutPlace);
        }

        return new SearchOutcome(total, page, crisis, suggestions) { FreeFirst = spec.WantsFree, GoodTotal = good };
    }

    /// <summary>The ranked service ids only, for the evaluation.</summary>
    public IReadOnlyList<string> RankedIds(SearchSpec spec, SearchIndex.Lease lease, DateTime localNow, int count)
    {
        var outcome = Search(spec with { Page = 1, PerPage = count }, lease, localNow);
        return [.. outcome.Hits.Select(h => h.Offer.Id)];
    }

    // The same evaluator as the offer page's „jetzt geöffnet“, so the two never disagree.
    private static bool? OpenNow(IndexedOffer offer, DateTime localNow) =>
        OpeningHours.StateAtLocal([.. offer.Sites.SelectMany(s => s.Hours)], localNow) switch
        {
            OpenState.Open => true,
            OpenState.Closed => false,
            _ => null,
        };

    /// <param name="Match">The text score as a share of the best text score (1 without words, for hotlines and for the best).</param>
    private sealed record Ranked(IndexedOffer Offer, double Score, double? Distance, bool Hotline, double Match = 1);

    private static List<Ranked> Rank(IndexSearcher searcher, IReadOnlyDictionary<string, IndexedOffer> offers, Query? text, List<Query> filters, SearchSpec spec, out int total)
    {
        var query = new BooleanQuery(disableCoord: true);
        query.Add(text ?? new MatchAllDocsQuery(), Occur.MUST);
        if (text is not null && spec.WantsFree)
        {
            // „kein Geld“ in the words: free offers first, without hiding the others.
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(OfferFields.Free, "1"))) { Boost = FreeBoost }, Occur.SHOULD);
        }
        foreach (var filter in filters)
        {
            query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        // Ranked by words, a page needs only the best few; ordered by distance or filtered by the clock, more.
        var window = text is null ? Math.Max(1, Math.Min(searcher.IndexReader.MaxDoc, 5000))
            : spec.Sort == SearchSort.Distance || spec.OpenNow ? WideCandidates
            : Math.Max(Candidates, (spec.Page * spec.PerPage) + 10);
        var top = searcher.Search(query, window);
        var best = top.ScoreDocs.Length > 0 ? top.ScoreDocs[0].Score : 0f;
        var ids = FieldCacheIds(searcher);
        // The free-offer lift is a constant added to the score of free offers (BM25's query norm is 1): without it,
        // what is left is how well the words matched.
        float TextScore(float score, IndexedOffer offer) => spec.WantsFree && offer.Free ? Math.Max(0f, score - FreeBoost) : score;
        var bestText = Math.Max(float.Epsilon, top.ScoreDocs.Length == 0 ? 1f
            : top.ScoreDocs.Max(h => offers.TryGetValue(ids(h.Doc), out var o) ? TextScore(h.Score, o) : 0f));
        var result = new List<Ranked>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            if (text is not null && hit.Score < best * MinimumShare)
            {
                break;
            }

            if (!offers.TryGetValue(ids(hit.Doc), out var offer))
            {
                continue;
            }

            var distance = Distance(offer, spec);
            var score = (double)hit.Score * Locality(offer, spec) * Proximity(distance, spec);
            result.Add(new Ranked(offer, text is null ? 1 : score, distance, false, text is null ? 1 : TextScore(hit.Score, offer) / bestText));
        }

        total = text is null ? top.TotalHits
            : result.Count < top.ScoreDocs.Length || top.ScoreDocs.Length == top.TotalHits ? result.Count
            : ScoreCounter.Count(searcher, query, best * MinimumShare);
        IEnumerable<Ranked> ordered = spec.Sort == SearchSort.Distance || (text is null && distanceKnown(spec))
            ? result.OrderBy(r => r.Distance ?? double.MaxValue).ThenByDescending(r => r.Score)
            : result.OrderByDescending(r => r.Score).ThenBy(r => r.Distance ?? double.MaxValue);
        if (text is null && !distanceKnown(spec))
        {
            ordered = result.OrderBy(r => r.Offer.Name, StringComparer.Ordinal);
        }

        return [.. ordered];

        static bool distanceKnown(SearchSpec s) => s.Place is not null || s.Latitude is not null;
    }

    private static Func<int, string> FieldCacheIds(IndexSearcher searcher)
    {
        var leaves = searcher.IndexReader.Leaves;
        var ids = new Lucene.Net.Index.BinaryDocValues?[leaves.Count];
        var bytes = new Lucene.Net.Util.BytesRef();
        return doc =>
        {
            var n = ReaderUtil.SubIndex(doc, leaves);
            var leaf = leaves[n];
            (ids[n] ??= FieldCache.DEFAULT.GetTerms(leaf.AtomicReader, OfferFields.Id, false)).Get(doc - leaf.DocBase, bytes);
            return bytes.Utf8ToString();
        };
    }

    /// <summary>Offers at the place count fully; district- or city-wide ones a little less; nationwide ones less again.</summary>
    private static double Locality(IndexedOffer offer, SearchSpec spec)
    {
        if (spec.Place is not { } place)
        {
            return 1.0;
        }

        if (offer.AreaAgs.Contains(place.Ags))
        {
            return 1.0;
        }

        return offer.DistrictWide || offer.CityWide ? 0.7 : offer.Nationwide ? 0.6 : 0.5;
    }

    private static double Proximity(double? distance, SearchSpec spec) =>
        distance is { } d && (spec.Place is not null || spec.Latitude is not null) ? 1.0 / (1.0 + (d / 25.0)) : 1.0;

    /// <summary>Kilometres from the place (or the given point) to the offer's nearest location; null without either.</summary>
    private static double? Distance(IndexedOffer offer, SearchSpec spec)
    {
        var (lat, lon) = spec.Latitude is { } la && spec.Longitude is { } lo ? (la, lo)
            : spec.Place is { } p ? (p.Latitude, p.Longitude) : (double.NaN, double.NaN);
        if (double.IsNaN(lat))
        {
            return null;
        }

        double? best = null;
        foreach (var site in offer.Sites)
        {
            if (site.Latitude is { } sLat && site.Longitude is { } sLon)
            {
                var d = PlaceDirectory.DistanceKm(lat, lon, sLat, sLon);
                best = best is null ? d : Math.Min(best.Value, d);
            }
        }

        return best is null ? null : Math.Round(best.Value, 1);
    }

    private List<Query> Filters(SearchSpec spec, bool withPlace)
    {
        var filters = new List<Query>();
        if (withPlace && spec.Place is { } place)
        {
            var area = new BooleanQuery
            {
                { new TermQuery(new Term(OfferFields.Area, place.Ags)), Occur.SHOULD },
                { new TermQuery(new Term(OfferFields.Area, OfferFields.AreaNation)), Occur.SHOULD },
                {
                    new TermQuery(new Term(OfferFields.Area, place.Ags.StartsWith(PlaceDirectory.DistrictPrefix, StringComparison.Ordinal) ? OfferFields.AreaDistrict : OfferFields.AreaCity)),
                    Occur.SHOULD
                },
            };
            filters.Add(area);
        }

        if (spec.OutsidePlace is not null)
        {
            // Someone from outside the region: what is offered in a municipality here is not for them.
            filters.Add(new BooleanQuery
            {
                { new TermQuery(new Term(OfferFields.Area, OfferFields.AreaDistrict)), Occur.SHOULD },
                { new TermQuery(new Term(OfferFields.Area, OfferFields.AreaNation)), Occur.SHOULD },
            });
        }

        if (spec.Category is { } category)
        {
            var any = new BooleanQuery();
            foreach (var code in category.Split(','))
            {
                any.Add(new TermQuery(new Term(OfferFields.CategoryCode, code)), Occur.SHOULD);
            }

            filters.Add(any);
        }

        if (spec.Language is { } language)
        {
            filters.Add(new TermQuery(new Term(OfferFields.Language, language)));
        }

        if (spec.Accessibility is { } access)
        {
            filters.Add(new TermQuery(new Term(OfferFields.Access, access)));
        }

        if (spec.FreeOnly)
        {
            filters.Add(new TermQuery(new Term(OfferFields.Free, "1")));
        }

        if (spec.Age is { } age)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(OfferFields.MinAge, null, age, true, true));
            filters.Add(NumericRangeQuery.NewInt32Range(OfferFields.MaxAge, age, null, true, true));
        }

        if (spec.TargetGroup is { } group && SearchFilters.TargetGroups.TryGetValue(group, out var words))
        {
            var any = new BooleanQuery();
            foreach (var token in HelpAnalyzer.Tokens(planner.Analyzer, words).Where(t => !t.IsPart))
            {
                any.Add(new TermQuery(new Term(OfferFields.Eligibility, token.Term)), Occur.SHOULD);
                any.Add(new TermQuery(new Term(OfferFields.Title, token.Term)), Occur.SHOULD);
            }

            filters.Add(any);
        }

        return filters;
    }
}
