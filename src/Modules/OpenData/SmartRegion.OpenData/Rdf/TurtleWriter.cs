using System.Globalization;
using System.Text;

namespace SmartRegion.OpenData.Rdf;

/// <summary>Writes a graph as Turtle (RDF 1.1): prefixes, one block per subject, strings with Turtle's escapes.</summary>
internal static class TurtleWriter
{
    public static string Write(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var text = new StringBuilder();
        foreach (var (prefix, ns) in Vocab.Prefixes)
        {
            text.Append("@prefix ").Append(prefix).Append(": <").Append(ns).Append("> .\n");
        }

        foreach (var subject in graph.BySubject())
        {
            text.Append('\n').Append(Term(subject.Key, asName: false)).Append('\n');
            var predicates = subject.GroupBy(t => t.Predicate).ToList();
            for (var p = 0; p < predicates.Count; p++)
            {
                var predicate = predicates[p].Key.Value == Vocab.Rdf + "type" ? "a" : Term(predicates[p].Key, asName: true);
                text.Append("    ").Append(predicate).Append(' ');
                text.AppendJoin(", ", predicates[p].Select(t => Term(t.Object, asName: predicates[p].Key.Value == Vocab.Rdf + "type")));
                text.Append(p == predicates.Count - 1 ? " .\n" : " ;\n");
            }
        }

        return text.ToString();
    }

    private static string Term(RdfTerm term, bool asName) => term switch
    {
        RdfIri iri when asName && Vocab.Split(iri.Value) is { } name => name.Prefix + ":" + name.Local,
        RdfIri iri => "<" + iri.Value + ">",
        RdfBlank blank => "_:" + blank.Label,
        RdfLiteral literal => Literal(literal),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static string Literal(RdfLiteral literal)
    {
        var text = new StringBuilder("\"");
        foreach (var c in literal.Value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (char.IsControl(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
        if (literal.Language is not null)
        {
            text.Append('@').Append(literal.Language);
        }
        else if (literal.Datatype is not null)
        {
            text.Append("^^").Append(Term(new RdfIri(literal.Datatype), asName: true));
        }

        return text.ToString();
    }
}
