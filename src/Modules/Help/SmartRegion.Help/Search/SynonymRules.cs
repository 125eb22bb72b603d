namespace SmartRegion.Help.Search;

/// <summary>
/// Everyday words mapped to the words services use, read from <c>synonyms.txt</c> in Solr's synonym format:
/// <c>a, b, c</c> (each means the others) and <c>a, b =&gt; c, d</c> (a or b also means c and d). Entries are analysed
/// like the query (folded, stemmed, without compound splitting), so one entry covers „Miete“, „Mieten“, „miete“.
/// A multi-word entry matches when its words occur in that order with at most two other words between them;
/// Lucene's SynonymFilter cannot do that across removed stop words and stacked compound parts.
/// </summary>
internal sealed class SynonymRules
{
    private readonly List<Rule> _rules = [];
    private readonly Dictionary<string, List<Rule>> _byFirstTerm = new(StringComparer.Ordinal);

    public SynonymRules(IEnumerable<string> lines, HelpAnalyzer ruleAnalyzer, HelpAnalyzer outputAnalyzer, IReadOnlySet<string> intentWords)
    {
        foreach (var line in lines)
        {
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var leftText = arrow >= 0 ? line[..arrow] : line;
            var rightText = arrow >= 0 ? line[(arrow + 2)..] : line;
            var left = Entries(leftText, ruleAnalyzer);
            var right = OutputEntries(rightText, outputAnalyzer);
            var rightWords = Entries(rightText, ruleAnalyzer);
            // An entry left with intent words only („keiner da“ → „kein“) would fire on almost anything.
            foreach (var input in left.Where(e => !e.All(intentWords.Contains)))
            {
                // An entry does not expand to itself; outputs keep their compound parts.
                var outputs = right.Where((r, i) => !rightWords[i].SequenceEqual(input)).ToList();
                if (outputs.Count > 0)
                {
                    Add(new Rule(input, outputs));
                }
            }
        }
    }

    /// <summary>Every analysed word that starts a rule: the vocabulary typo correction may aim at.</summary>
    public IEnumerable<string> Vocabulary => _rules.SelectMany(r => r.Input);

    private void Add(Rule rule)
    {
        _rules.Add(rule);
        if (!_byFirstTerm.TryGetValue(rule.Input[0], out var list))
        {
            _byFirstTerm[rule.Input[0]] = list = [];
        }

        list.Add(rule);
    }

    /// <summary>The expansions (analysed words with their compound parts) for the query's words, with the index of the word that starts each.</summary>
    public IReadOnlyList<(int Start, IReadOnlyList<AnalyzedToken> Tokens)> Expand(IReadOnlyList<string> words)
    {
        var result = new List<(int, IReadOnlyList<AnalyzedToken>)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstTerm.TryGetValue(words[i], out var rules))
            {
                continue;
            }

            foreach (var rule in rules.Where(r => Matches(r.Input, words, i)))
            {
                result.AddRange(rule.Outputs.Select(o => (i, (IReadOnlyList<AnalyzedToken>)o)));
            }
        }

        return result;
    }

    /// <summary>True when the words of <paramref name="input"/> follow <paramref name="start"/> in order, at most two others between.</summary>
    public static bool Matches(string[] input, IReadOnlyList<string> words, int start)
    {
        var at = start;
        for (var k = 1; k < input.Length; k++)
        {
            var found = -1;
            for (var j = at + 1; j < words.Count && j <= at + 3; j++)
            {
                if (words[j] == input[k])
                {
                    found = j;
                    break;
                }
            }

            if (found < 0)
            {
                return false;
            }

            at = found;
        }

        return true;
    }

    private static List<AnalyzedToken[]> OutputEntries(string side, HelpAnalyzer analyzer) =>
        [.. side.Split(',')
            .Select(e => HelpAnalyzer.Tokens(analyzer, e.Trim()).ToArray())
            .Where(e => e.Length > 0)];

    private static List<string[]> Entries(string side, HelpAnalyzer analyzer) =>
        [.. side.Split(',')
            .Select(e => HelpAnalyzer.Tokens(analyzer, e.Trim()).Select(t => t.Term).ToArray())
            .Where(e => e.Length > 0)];

    private sealed record Rule(string[] Input, List<AnalyzedToken[]> Outputs);
}
