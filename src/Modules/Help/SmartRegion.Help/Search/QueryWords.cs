namespace SmartRegion.Help.Search;

/// <summary>
/// The words of what someone typed, folded like the index (case, umlauts) and with their place in the text, so that a
/// recognised phrase — a place, a word of cost — can be cut out and the rest searched as typed.
/// </summary>
internal static class QueryWords
{
    public static List<(string Text, int Start, int End)> Split(string text)
    {
        var result = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                result.Add((HelpAnalyzer.Fold(text[start..i]), start, i));
            }
        }

        return result;
    }

    /// <summary>The text without the characters from <paramref name="from"/> to <paramref name="to"/>, spaces tidied.</summary>
    public static string Cut(string text, int from, int to) =>
        string.Join(' ', (text[..from] + " " + text[to..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
