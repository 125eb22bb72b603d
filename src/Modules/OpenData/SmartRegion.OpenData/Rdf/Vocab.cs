namespace SmartRegion.OpenData.Rdf;

/// <summary>The namespaces the catalogue writes, with the prefixes all three writers use.</summary>
internal static class Vocab
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Dcat = "http://www.w3.org/ns/dcat#";
    public const string Dct = "http://purl.org/dc/terms/";
    public const string Dcatde = "http://dcat-ap.de/def/dcatde/";
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string Vcard = "http://www.w3.org/2006/vcard/ns#";
    public const string Spdx = "http://spdx.org/rdf/terms#";
    public const string Adms = "http://www.w3.org/ns/adms#";
    public const string Hydra = "http://www.w3.org/ns/hydra/core#";

    public static readonly IReadOnlyList<(string Prefix, string Namespace)> Prefixes =
    [
        ("rdf", Rdf), ("xsd", Xsd), ("dcat", Dcat), ("dct", Dct), ("dcatde", Dcatde), ("foaf", Foaf),
        ("vcard", Vcard), ("spdx", Spdx), ("adms", Adms), ("hydra", Hydra),
    ];

    public static readonly RdfIri Type = new(Rdf + "type");

    /// <summary>
    /// The prefixed name of <paramref name="iri"/> when its local part is a plain name (letters, digits, <c>_</c>,
    /// <c>-</c>, starting with a letter or <c>_</c>): valid as a Turtle PN_LOCAL, an XML NCName and a JSON-LD compact IRI.
    /// </summary>
    public static (string Prefix, string Local)? Split(string iri)
    {
        foreach (var (prefix, ns) in Prefixes)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal))
            {
                var local = iri[ns.Length..];
                if ((char.IsAsciiLetter(local[0]) || local[0] == '_') && local.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                {
                    return (prefix, local);
                }
            }
        }

        return null;
    }
}
