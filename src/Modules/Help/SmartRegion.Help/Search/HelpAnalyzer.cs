using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SmartRegion.Help.Search;

/// <summary>
/// The German chain for what people type: lower case, umlauts and ß folded (ä→a, ae→a, ß→ss), stop words removed
/// (intent words such as „nicht“, „kein“, „allein“ kept), compounds split into the word parts the project maintains,
/// light stemming. Index and query use the same chain, so „Einkaufshilfe“ meets „Hilfe beim Einkaufen“.
/// </summary>
internal sealed class HelpAnalyzer(HelpDictionaries dictionaries, bool splitCompounds = true) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new GermanNormalizationFilter(stream);
        stream = new StopFilter(Version, stream, dictionaries.StopWords);
        if (splitCompounds)
        {
            // Parts of at least four letters, longest match per start: „schuldnerberatung“ → schuldner, beratung.
            stream = new DictionaryCompoundWordTokenFilter(Version, stream, dictionaries.WordParts, minWordSize: 8, minSubwordSize: 4, maxSubwordSize: 20, onlyLongestMatch: true);
        }

        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Lower case and umlaut folding only: how dictionary entries and place names are compared.</summary>
    public static string Fold(string text) => string.Join(' ', Tokens(Folding, text).Select(t => t.Term));

    // Analyzers reuse their components per thread, so one instance serves every caller.
    private static readonly FoldingAnalyzer Folding = new();

    /// <summary>The tokens of <paramref name="text"/> with their positions (stacked compound parts share one).</summary>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string text)
    {
        var result = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(increment.PositionIncrement, 0);
            result.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), increment.PositionIncrement == 0, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new GermanNormalizationFilter(new LowerCaseFilter(Version, tokenizer)));
        }
    }
}

/// <summary>One token after analysis; <see cref="IsPart"/> marks a compound part stacked on its word.</summary>
internal sealed record AnalyzedToken(string Term, int Position, bool IsPart, int Start, int End);
