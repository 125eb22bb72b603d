using System.Text;

namespace SmartRegion.Help.Search;

/// <summary>
/// The plain-text snippet of a hit: the sentence of the description that holds most of the searched words, cut at a
/// word boundary. Plain text only; pages mark nothing up from it, so no HTML ever travels from the data or the query.
/// </summary>
internal static class Snippets
{
    private const int MaxLength = 200;

    public static string Best(IndexedOffer offer, QueryPlan? plan)
    {
        var sentences = Sentences(offer.Description);
        if (sentences.Count == 0)
        {
            return "";
        }

        var best = sentences[0];
        if (plan is not null)
        {
            var terms = plan.Terms.Keys.Where(t => t.Length >= 3).ToList();
            var bestScore = 0;
            foreach (var sentence in sentences)
            {
                var folded = Fold(sentence);
                var score = terms.Count(t => folded.Contains(t, StringComparison.Ordinal));
                if (score > bestScore)
                {
                    (best, bestScore) = (sentence, score);
                }
            }
        }

        return Cut(best);
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(space > 40 ? space : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + " …";
    }

    private static List<string> Sentences(string text)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ') && i - start > 20)
            {
                result.Add(text[start..(i + 1)].Trim());
                start = i + 1;
            }
        }

        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest)
        {
            result.Add(rest);
        }

        return result;
    }

    /// <summary>The folding of <see cref="HelpAnalyzer"/> in short: lower case, umlauts to their base letter, ß to ss.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'ä': builder.Append('a'); break;
                case 'ö': builder.Append('o'); break;
                case 'ü': builder.Append('u'); break;
                case 'ß': builder.Append("ss"); break;
                case var lower: builder.Append(lower); break;
            }
        }

        return builder.ToString();
    }
}
