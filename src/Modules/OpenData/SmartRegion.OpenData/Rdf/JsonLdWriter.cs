using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmartRegion.OpenData.Rdf;

/// <summary>
/// Writes a graph as JSON-LD 1.1 in flattened form: a context of prefixes and one node object per subject in
/// <c>@graph</c>. Node ids and datatypes are full IRIs; property names and types are compact IRIs of the context.
/// </summary>
internal static class JsonLdWriter
{
    public static string Write(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            foreach (var (prefix, ns) in Vocab.Prefixes)
            {
                json.WriteString(prefix, ns);
            }

            json.WriteEndObject();
            json.WriteStartArray("@graph");
            foreach (var subject in graph.BySubject())
            {
                json.WriteStartObject();
                json.WriteString("@id", Id(subject.Key));
                var types = subject.Where(t => t.Predicate.Value == Vocab.Rdf + "type").Select(t => t.Object).ToList();
                if (types.Count > 0)
                {
                    json.WriteStartArray("@type");
                    foreach (var type in types)
                    {
                        json.WriteStringValue(type is RdfIri iri ? Name(iri.Value) : throw new InvalidOperationException("A type must be an IRI."));
                    }

                    json.WriteEndArray();
                }

                foreach (var predicate in subject.Where(t => t.Predicate.Value != Vocab.Rdf + "type").GroupBy(t => t.Predicate))
                {
                    json.WriteStartArray(Name(predicate.Key.Value));
                    foreach (var triple in predicate)
                    {
                        WriteValue(json, triple.Object);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter json, RdfTerm value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case RdfIri or RdfBlank:
                json.WriteString("@id", Id(value));
                break;
            case RdfLiteral literal:
                json.WriteString("@value", literal.Value);
                if (literal.Language is not null)
                {
                    json.WriteString("@language", literal.Language);
                }
                else if (literal.Datatype is not null)
                {
                    json.WriteString("@type", literal.Datatype);
                }

                break;
        }

        json.WriteEndObject();
    }

    private static string Id(RdfTerm node) => node switch
    {
        RdfIri iri => iri.Value,
        RdfBlank blank => "_:" + blank.Label,
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    // A compact IRI only when its prefix is in the context; otherwise the full IRI, which JSON-LD keeps as is.
    private static string Name(string iri) => Vocab.Split(iri) is { } name ? name.Prefix + ":" + name.Local : iri;
}
