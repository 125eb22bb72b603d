using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SmartRegion.Help.Search;

/// <summary>
/// Turns what someone typed into a Lucene query: analysis (folding, stop words, compound parts, stems), typo correction
/// against the index's own vocabulary and the synonym vocabulary, everyday words expanded to service words, crisis signals.
/// </summary>
internal sealed class QueryPlanner : IDisposable
{
    private const float PartWeight = 0.6f;
    private const float ExpansionWeight = 0.5f;
    private const float ExpansionPartWeight = 0.3f;
    private const float ContextWeight = 0.35f;
    private const float ConceptTieBreaker = 0.7f;
    private const float PhraseWeight = 2.0f;
    private const int PhraseSlop = 3;
    private const double CommonShare = 0.15;
    private readonly HelpAnalyzer _analyzer;
    private readonly HelpAnalyzer _ruleAnalyzer;
    private readonly HashSet<string> _ruleVocabulary;
    private readonly HashSet<string> _intentWords;
    private readonly HashSet<string> _contextWords;
    private readonly HashSet<string> _lackWords;
    private readonly HashSet<string> _moneyWords;
    private ConcurrentDictionary<string, string?> _corrections = new(StringComparer.Ordinal);
    private IndexReader? _correctionsReader;

    public QueryPlanner(HelpDictionaries dictionaries)
    {
        _analyzer = new HelpAnalyzer(dictionaries);
        _ruleAnalyzer = new HelpAnalyzer(dictionaries, splitCompounds: false);
        _intentWords = [.. dictionaries.IntentWords.SelectMany(w => HelpAnalyzer.Tokens(_ruleAnalyzer, w)).Select(t => t.Term)];
        _lackWords = [.. CostWords.LackWords.SelectMany(w => HelpAnalyzer.Tokens(_ruleAnalyzer, w)).Select(t => t.Term)];
        _moneyWords = [.. CostWords.MoneyWords.SelectMany(w => HelpAnalyzer.Tokens(_ruleAnalyzer, w)).Select(t => t.Term)];
        _contextWords = [.. dictionaries.ContextWords.SelectMany(w => HelpAnalyzer.Tokens(_ruleAnalyzer, w)).Select(t => t.Term)];
        Synonyms = new SynonymRules(dictionaries.SynonymLines, _ruleAnalyzer, _analyzer, _intentWords);
        Crisis = new CrisisLexicon(dictionaries.CrisisLines, _ruleAnalyzer);
        _ruleVocabulary = [.. Synonyms.Vocabulary];
    }

    public SynonymRules Synonyms { get; }

    public CrisisLexicon Crisis { get; }

    public HelpAnalyzer Analyzer => _analyzer;

    /// <summary>
    /// Each word of the query is one concept: the word itself, its compound parts and what the synonyms add for it.
    /// A concept scores by its best-matching term (plus a little for the others), so an offer that meets two of the
    /// person's concepts ranks above one that meets many synonyms of a single concept.
    /// </summary>
    public QueryPlan Plan(string text, IndexReader reader)
    {
        var tokens = HelpAnalyzer.Tokens(_analyzer, text);
        var concepts = new List<Dictionary<string, float>>();
        var words = new List<string>();
        var parts = new List<(int Concept, string Term)>();
        var wantsFree = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.IsPart)
            {
                if (concepts.Count > 0)
                {
                    parts.Add((concepts.Count - 1, token.Term));
                    Add(concepts[^1], token.Term, PartWeight);
                }

                continue;
            }

            // A compound with known parts is less likely a typo („Kinderkleidung“ = Kinder + Kleidung): one edit at most.
            var hasParts = t + 1 < tokens.Count && tokens[t + 1].IsPart;
            var word = Correct(token.Term, reader, hasParts ? 1 : 2);
            // „kein Geld“: the need is meant, not offers whose text says „Geld“; the synonyms of the phrase still count.
            var moneyNeed = _moneyWords.Contains(word) && words.Count > 0 && _lackWords.Contains(words[^1]);
            wantsFree |= moneyNeed;
            words.Add(word);
            var concept = new Dictionary<string, float>(StringComparer.Ordinal);
            concepts.Add(concept);
            if (!_intentWords.Contains(word) && !moneyNeed)
            {
                Add(concept, word, _contextWords.Contains(word) ? ContextWeight : 1f);
            }
        }

        foreach (var (start, expansion) in Synonyms.Expand(words))
        {
            AddExpansion(concepts[start], expansion, 1f);
        }

        foreach (var (concept, part) in parts)
        {
            // The parts of a compound mean what they mean alone, a little weaker.
            foreach (var (_, expansion) in Synonyms.Expand([part]))
            {
                AddExpansion(concepts[concept], expansion, PartWeight);
            }
        }

        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (term, weight) in concepts.SelectMany(c => c))
        {
            Add(terms, term, weight);
        }

        var query = terms.Count == 0 ? null : Build(concepts, reader);
        if (query is BooleanQuery clauses && Phrase(tokens) is { } phrase)
        {
            clauses.Add(phrase, Occur.SHOULD);
        }

        return new QueryPlan(query, words, Crisis.Detect(words), terms)
        {
            WantsFree = wantsFree,
        };
    }

    /// <summary>The query's words as a loose phrase (few words between them): „Essen auf Rädern“ as a unit beats „Rad“ alone.</summary>
    private Query? Phrase(List<AnalyzedToken> tokens)
    {
        var words = tokens.Where(t => !t.IsPart && !_intentWords.Contains(t.Term)).ToList();
        if (words.Count < 2 || words.Count > 6)
        {
            return null;
        }

        var phrase = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in OfferFields.Weighted)
        {
            var query = new PhraseQuery { Slop = PhraseSlop, Boost = boost * PhraseWeight };
            foreach (var word in words)
            {
                query.Add(new Term(field, word.Term), word.Position);
            }

            phrase.Add(query);
        }

        return phrase;
    }

    private static void AddExpansion(Dictionary<string, float> weights, IReadOnlyList<AnalyzedToken> expansion, float factor)
    {
        foreach (var token in expansion)
        {
            Add(weights, token.Term, factor * (token.IsPart ? ExpansionPartWeight : ExpansionWeight));
        }
    }

    private static void Add(Dictionary<string, float> weights, string term, float weight)
    {
        if (!weights.TryGetValue(term, out var existing) || existing < weight)
        {
            weights[term] = weight;
        }
    }

    private static Query Build(List<Dictionary<string, float>> concepts, IndexReader reader)
    {
        var query = new BooleanQuery(disableCoord: true);
        var common = Math.Max(50, reader.MaxDoc * CommonShare);
        foreach (var concept in concepts.Where(c => c.Count > 0))
        {
            var best = new DisjunctionMaxQuery(ConceptTieBreaker);
            foreach (var (term, weight) in concept.OrderByDescending(c => c.Value))
            {
                // A word in a large share of all offers („Beratung“, „Hilfe“) barely ranks but costs the most to score:
                // it stays only as a concept's own word.
                if (best.Disjuncts.Count > 0 && weight < 1f && reader.DocFreq(new Term(OfferFields.Body, term)) > common)
                {
                    continue;
                }

                var fields = new DisjunctionMaxQuery(0.1f) { Boost = weight };
                foreach (var (field, boost) in OfferFields.Weighted)
                {
                    fields.Add(new TermQuery(new Term(field, term)) { Boost = boost });
                }

                best.Add(fields);
            }

            query.Add(best, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// A word neither the offers nor the synonyms know is taken for a typo: replaced by the closest known word
    /// (edit distance 1, or 2 from eight letters; first letter kept), preferring the synonyms' words, then the more frequent.
    /// </summary>
    private string Correct(string word, IndexReader reader, int maxEdits)
    {
        if (word.Length < 5 || _ruleVocabulary.Contains(word) || _intentWords.Contains(word))
        {
            return word;
        }

        // Corrections hold for one state of the index; a new reader or too many entries start afresh.
        var corrections = _corrections;
        if (!ReferenceEquals(_correctionsReader, reader) || corrections.Count > 50_000)
        {
            corrections = _corrections = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
            _correctionsReader = reader;
        }

        return corrections.GetOrAdd(maxEdits + ":" + word, static (key, state) => state.Self.FindCorrection(state.Reader, key[2..], state.MaxEdits), (Self: this, Reader: reader, MaxEdits: maxEdits)) ?? word;
    }

    private string? FindCorrection(IndexReader reader, string word, int limit)
    {
        if (OfferFields.Weighted.Any(f => reader.DocFreq(new Term(f.Field, word)) > 0))
        {
            return null;
        }

        var maxEdits = Math.Min(limit, word.Length >= 8 ? 2 : 1);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var candidate in _ruleVocabulary)
        {
            if (candidate[0] == word[0] && Math.Abs(candidate.Length - word.Length) <= maxEdits)
            {
                var distance = EditDistance.Compute(word, candidate);
                if (distance <= maxEdits && distance < bestDistance)
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, int.MaxValue);
                }
            }
        }

        // The offers' own words, from every searched field.
        foreach (var (field, _) in OfferFields.Weighted)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), maxEdits, 1, true);
            while (fuzzy.MoveNext())
            {
                var candidate = fuzzy.Term.Utf8ToString();
                var distance = EditDistance.Compute(word, candidate);
                if (distance < bestDistance || (distance == bestDistance && fuzzy.DocFreq > bestFrequency))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, fuzzy.DocFreq);
                }
            }
        }

        return best;
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        _ruleAnalyzer.Dispose();
    }
}

/// <summary>The planned query: the Lucene query (null when no word is left), the analysed words, a crisis signal.</summary>
internal sealed record QueryPlan(Query? Query, IReadOnlyList<string> Words, CrisisSignal? Crisis, IReadOnlyDictionary<string, float> Terms)
{
    public bool WantsFree { get; init; }
}
