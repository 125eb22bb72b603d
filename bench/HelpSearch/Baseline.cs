using Lucene.Net.Analysis.De;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SmartRegion.Help.Search;

namespace SmartRegion.Bench.HelpSearch;

/// <summary>
/// The plain baseline: Lucene's GermanAnalyzer (its stop words and stemmer, no compound splitting, no synonyms, no typo
/// handling) with BM25 over name and description, every word optional. A place is passed only as a filter (offers at
/// the place, district-wide or nationwide), without distance ranking.
/// </summary>
internal sealed class Baseline : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly GermanAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly PlaceDirectory _places;

    public Baseline(IReadOnlyList<IndexedOffer> offers, PlaceDirectory places)
    {
        _places = places;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var offer in offers)
            {
                var doc = new Document
                {
                    new StringField("id", offer.Id, Field.Store.YES),
                    new TextField("name", offer.Name, Field.Store.NO),
                    new TextField("description", offer.Description, Field.Store.NO),
                };
                foreach (var area in offer.AreaAgs.Concat(offer.DistrictWide ? ["landkreis"] : []).Concat(offer.CityWide ? ["stadt"] : []).Concat(offer.Nationwide ? ["bund"] : []))
                {
                    doc.Add(new StringField("area", area, Field.Store.NO));
                }

                writer.AddDocument(doc);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Search(string text, string placeName, int count = 10)
    {
        var words = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream("name", text))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                words.Add(new TermQuery(new Term("name", term.ToString())), Occur.SHOULD);
                words.Add(new TermQuery(new Term("description", term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        var query = new BooleanQuery { { words, Occur.MUST } };
        if (placeName.Length > 0 && _places.Find(placeName) is { } place)
        {
            query.Add(new BooleanQuery
            {
                { new TermQuery(new Term("area", place.Ags)), Occur.SHOULD },
                { new TermQuery(new Term("area", place.Ags.StartsWith(PlaceDirectory.DistrictPrefix, StringComparison.Ordinal) ? "landkreis" : "stadt")), Occur.SHOULD },
                { new TermQuery(new Term("area", "bund")), Occur.SHOULD },
            }, Occur.MUST);
        }

        return Metrics.Distinct(_searcher.Search(query, count).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id")));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
