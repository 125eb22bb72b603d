namespace SmartRegion.Help.Search;

/// <summary>
/// Words that signal a crisis (suicide, self-harm, violence, acute danger), read from <c>crisis.txt</c>: a line
/// <c>[topic] category.code …</c> opens a topic, the lines under it are words or phrases, analysed like the query.
/// A matching topic puts the nationwide hotlines of its categories first.
/// </summary>
internal sealed class CrisisLexicon
{
    private readonly List<(string Topic, string[] Categories, string[] Phrase)> _phrases = [];

    public CrisisLexicon(IEnumerable<string> lines, HelpAnalyzer analyzer)
    {
        string topic = "";
        string[] categories = [];
        foreach (var line in lines)
        {
            if (line.StartsWith('['))
            {
                var close = line.IndexOf(']', StringComparison.Ordinal);
                topic = line[1..close].Trim();
                categories = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }

            var phrase = HelpAnalyzer.Tokens(analyzer, line).Select(t => t.Term).ToArray();
            if (phrase.Length > 0 && topic.Length > 0)
            {
                _phrases.Add((topic, categories, phrase));
            }
        }
    }

    /// <summary>The topics the query's analysed words signal and the categories of their hotlines.</summary>
    public CrisisSignal? Detect(IReadOnlyList<string> words)
    {
        var topics = new List<string>();
        var categories = new List<string>();
        foreach (var (topic, cats, phrase) in _phrases)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i] == phrase[0] && SynonymRules.Matches(phrase, words, i))
                {
                    if (!topics.Contains(topic))
                    {
                        topics.Add(topic);
                        categories.AddRange(cats.Where(c => !categories.Contains(c)));
                    }

                    break;
                }
            }
        }

        return topics.Count == 0 ? null : new CrisisSignal(topics, categories);
    }
}

internal sealed record CrisisSignal(IReadOnlyList<string> Topics, IReadOnlyList<string> HotlineCategories);
