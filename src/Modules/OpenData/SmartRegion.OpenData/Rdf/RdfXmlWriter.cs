using System.Text;
using System.Xml;

namespace SmartRegion.OpenData.Rdf;

/// <summary>
/// Writes a graph as RDF/XML: one <c>rdf:Description</c> per subject. The XML writer escapes markup; carriage returns
/// are written as character references so that parsers do not normalise them away.
/// </summary>
internal static class RdfXmlWriter
{
    public static string Write(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var output = new Utf8StringWriter();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            NewLineHandling = NewLineHandling.Entitize,
            CheckCharacters = true,
            Encoding = new UTF8Encoding(false),
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rdf", "RDF", Vocab.Rdf);
            foreach (var (prefix, ns) in Vocab.Prefixes)
            {
                if (prefix != "rdf")
                {
                    xml.WriteAttributeString("xmlns", prefix, null, ns);
                }
            }

            foreach (var subject in graph.BySubject())
            {
                xml.WriteStartElement("rdf", "Description", Vocab.Rdf);
                WriteNode(xml, subject.Key, "about");
                foreach (var triple in subject)
                {
                    var name = Vocab.Split(triple.Predicate.Value)
                        ?? throw new InvalidOperationException($"Predicate {triple.Predicate} has no XML name.");
                    xml.WriteStartElement(name.Prefix, name.Local, Vocab.Prefixes.First(p => p.Prefix == name.Prefix).Namespace);
                    switch (triple.Object)
                    {
                        case RdfIri or RdfBlank:
                            WriteNode(xml, triple.Object, "resource");
                            break;
                        case RdfLiteral literal:
                            if (literal.Language is not null)
                            {
                                xml.WriteAttributeString("xml", "lang", null, literal.Language);
                            }
                            else if (literal.Datatype is not null)
                            {
                                xml.WriteAttributeString("rdf", "datatype", Vocab.Rdf, literal.Datatype);
                            }

                            xml.WriteString(literal.Value);
                            break;
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToString();
    }

    private static void WriteNode(XmlWriter xml, RdfTerm node, string iriAttribute)
    {
        switch (node)
        {
            case RdfIri iri:
                xml.WriteAttributeString("rdf", iriAttribute, Vocab.Rdf, iri.Value);
                break;
            case RdfBlank blank:
                xml.WriteAttributeString("rdf", "nodeID", Vocab.Rdf, blank.Label);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
