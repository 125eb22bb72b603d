namespace SmartRegion.OpenData.Rdf;

/// <summary>A set of triples in the order they were added (duplicates dropped); the one model all three writers read.</summary>
internal sealed class RdfGraph
{
    private readonly List<Triple> _triples = [];
    private readonly HashSet<Triple> _seen = [];
    private int _blanks;

    public IReadOnlyList<Triple> Triples => _triples;

    public RdfBlank NewBlank() => new("b" + (++_blanks).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Add(RdfTerm subject, string predicate, RdfTerm obj)
    {
        var triple = new Triple(subject, new RdfIri(predicate), obj);
        if (_seen.Add(triple))
        {
            _triples.Add(triple);
        }
    }

    public void Add(RdfTerm subject, string predicate, string iri) => Add(subject, predicate, new RdfIri(iri));

    public void AddType(RdfTerm subject, string typeIri) => Add(subject, Vocab.Rdf + "type", new RdfIri(typeIri));

    public void AddText(RdfTerm subject, string predicate, string? value, string? language = null)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Add(subject, predicate, new RdfLiteral(value, null, language));
        }
    }

    public void AddTyped(RdfTerm subject, string predicate, string value, string datatype) =>
        Add(subject, predicate, new RdfLiteral(value, datatype));

    /// <summary>The triples grouped by subject, subjects in order of first appearance.</summary>
    public IEnumerable<IGrouping<RdfTerm, Triple>> BySubject() => _triples.GroupBy(t => t.Subject);
}
