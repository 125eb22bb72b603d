using Lucene.Net.Analysis.Util;

namespace SmartRegion.Help.Search;

/// <summary>
/// The word lists the project maintains for the search (embedded from <c>Search/Dictionaries/</c>): word parts for
/// compound splitting, stop words, synonyms (Solr format) and the crisis lexicon. Entries are folded like the text.
/// </summary>
internal sealed class HelpDictionaries
{
    private HelpDictionaries(CharArraySet stopWords, CharArraySet wordParts, IReadOnlyList<string> synonymLines, IReadOnlyList<string> crisisLines, IReadOnlyList<string> intentWords, IReadOnlyList<string> contextWords, IReadOnlyList<string> outsidePlaceNames)
    {
        OutsidePlaceNames = outsidePlaceNames;
        StopWords = stopWords;
        WordParts = wordParts;
        SynonymLines = synonymLines;
        CrisisLines = crisisLines;
        IntentWords = intentWords;
        ContextWords = contextWords;
    }

    public CharArraySet StopWords { get; }

    public CharArraySet WordParts { get; }

    public IReadOnlyList<string> SynonymLines { get; }

    public IReadOnlyList<string> CrisisLines { get; }

    /// <summary>Words kept through analysis so synonyms and crisis phrases can match („nicht“, „kein“), but not searched on their own.</summary>
    public IReadOnlyList<string> IntentWords { get; }

    /// <summary>Words that name who is concerned („Mann“, „Oma“), searched with a small weight.</summary>
    public IReadOnlyList<string> ContextWords { get; }

    /// <summary>Places outside the region that people name in a search (see <see cref="OutsidePlaces"/>).</summary>
    public IReadOnlyList<string> OutsidePlaceNames { get; }

    private static readonly Lazy<HelpDictionaries> Embedded = new(Load);

    /// <summary>The dictionaries shipped with the module (read once).</summary>
    public static HelpDictionaries Default => Embedded.Value;

    private static HelpDictionaries Load()
    {
        var stop = Words("stopwords.txt").Select(HelpAnalyzer.Fold).Where(w => w.Length > 0).ToList();
        var parts = Words("word-parts.txt").Select(HelpAnalyzer.Fold).Where(w => w.Length >= 3 && !w.Contains(' ', StringComparison.Ordinal)).ToList();
        return new HelpDictionaries(
            new CharArraySet(HelpAnalyzer.Version, stop, ignoreCase: true),
            new CharArraySet(HelpAnalyzer.Version, parts, ignoreCase: true),
            Words("synonyms.txt"),
            Words("crisis.txt"),
            Words("intent-words.txt"),
            Words("context-words.txt"),
            Words("outside-places.txt"));
    }

    /// <summary>Non-empty lines without comments (<c>#</c> to the end of the line).</summary>
    private static List<string> Words(string name)
    {
        using var stream = typeof(HelpDictionaries).Assembly.GetManifestResourceStream("SmartRegion.Help.Search." + name)
            ?? throw new InvalidOperationException($"The search dictionary {name} is not embedded.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0)
            {
                lines.Add(text);
            }
        }

        return lines;
    }
}
