namespace SmartRegion.OpenData.Rdf;

/// <summary>A node or value of an RDF graph: an IRI, a blank node or a literal.</summary>
internal abstract record RdfTerm;

/// <summary>An absolute IRI; refuses anything that Turtle, RDF/XML or JSON-LD could not carry unescaped.</summary>
internal sealed record RdfIri : RdfTerm
{
    public RdfIri(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"Not an absolute IRI that can be written as is: '{value}'.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    /// <summary>
    /// An absolute IRI (RFC 3987: a scheme, a colon, then no space, no control character and none of
    /// <c>&lt;&gt;"{}|^`\</c>, which Turtle's IRIREF forbids).
    /// </summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(value[i]) || value[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || char.IsControl(c) || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => "<" + Value + ">";
}

/// <summary>A blank node, labelled for the writers (<c>_:b1</c>).</summary>
internal sealed record RdfBlank(string Label) : RdfTerm
{
    public override string ToString() => "_:" + Label;
}

/// <summary>A literal: a plain string, a language-tagged string or a typed value.</summary>
internal sealed record RdfLiteral(string Value, string? Datatype = null, string? Language = null) : RdfTerm;

/// <summary>One statement.</summary>
internal sealed record Triple(RdfTerm Subject, RdfIri Predicate, RdfTerm Object);
