namespace SmartRegion.Help.Search;

/// <summary>
/// Words about cost in a query. „kostenlos“, „umsonst“, „gratis“, „free“ ask for offers without cost: they become the
/// free-of-charge filter and are cut from the words, since as keywords they only found offers whose text happens to say
/// „kostenlos“ (a clothes exchange for „Lebensmittel kostenlos“). „kein Geld“, „no money“ name a need rather than a
/// price: the food banks that ask one euro are exactly right for it, so these rank free offers higher without hiding
/// the others, and „Geld“ is not searched as a keyword of its own (its synonyms still are).
/// </summary>
internal static class CostWords
{
    // Adjectives that take German endings („kostenlose“, „kostenfreien“); folded like the query.
    private static readonly string[] FreeStems = [.. new[] { "kostenlos", "kostenfrei", "gebührenfrei", "unentgeltlich", "beitragsfrei" }.Select(HelpAnalyzer.Fold)];

    private static readonly string[] Endings = ["", "e", "en", "er", "es", "em"];

    private static readonly string[][] FreePhrases =
    [
        .. new[] { "umsonst", "gratis", "free of charge", "for free", "free", "at no cost", "no cost", "ohne kosten", "kostet nichts", "nichts kosten", "nichts kostet", "kostenfrei" }
            .Select(p => p.Split(' ').Select(HelpAnalyzer.Fold).ToArray())
            .OrderByDescending(p => p.Length),
    ];

    /// <summary>Words of lack that, before a money word, name the need („kein Geld“); analysed by the planner like the query.</summary>
    public static readonly IReadOnlyList<string> LackWords = ["kein", "keine", "keinen", "wenig", "ohne", "no", "little", "knapp"];

    public static readonly IReadOnlyList<string> MoneyWords = ["geld", "money", "cash"];

    /// <summary>Whether the words ask for free offers, and the words without those that say so.</summary>
    public static (bool Free, string Remainder) StripFree(string text)
    {
        var free = false;
        var found = true;
        while (found)
        {
            found = false;
            var words = QueryWords.Split(text);
            for (var i = 0; i < words.Count && !found; i++)
            {
                var length = FreeStems.Any(s => words[i].Text.StartsWith(s, StringComparison.Ordinal) && Endings.Contains(words[i].Text[s.Length..]))
                    ? 1
                    : FreePhrases.FirstOrDefault(p => i + p.Length <= words.Count && p.Select((w, k) => words[i + k].Text == w).All(x => x))?.Length ?? 0;
                if (length > 0)
                {
                    text = QueryWords.Cut(text, words[i].Start, words[i + length - 1].End);
                    (free, found) = (true, true);
                }
            }
        }

        return (free, text);
    }
}
