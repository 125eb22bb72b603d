namespace SmartRegion.OpenData.Rdf;

/// <summary>The three RDF serialisations the catalogue offers, each with its media type and writer.</summary>
internal sealed record RdfFormat(string Extension, string MediaType, Func<RdfGraph, string> Write)
{
    public static readonly RdfFormat Turtle = new("ttl", "text/turtle", TurtleWriter.Write);
    public static readonly RdfFormat RdfXml = new("rdf", "application/rdf+xml", RdfXmlWriter.Write);
    public static readonly RdfFormat JsonLd = new("jsonld", "application/ld+json", JsonLdWriter.Write);

    public static readonly IReadOnlyList<RdfFormat> All = [Turtle, RdfXml, JsonLd];

    public static RdfFormat? FromExtension(string? extension) => All.FirstOrDefault(f => f.Extension == extension);

    /// <summary>The format an <c>Accept</c> header asks for; null when it asks for HTML first or for nothing we write.</summary>
    public static RdfFormat? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Turtle;
        }

        foreach (var part in accept.Split(',').Select(p => p.Split(';')[0].Trim().ToLowerInvariant()))
        {
            if (part is "text/html" or "application/xhtml+xml")
            {
                return null;
            }

            if (All.FirstOrDefault(f => f.MediaType == part) is { } format)
            {
                return format;
            }

            if (part is "application/json")
            {
                return JsonLd;
            }

            if (part is "*/*")
            {
                return Turtle;
            }
        }

        return null;
    }

    public Microsoft.AspNetCore.Http.IResult Result(RdfGraph graph) =>
        Microsoft.AspNetCore.Http.TypedResults.Text(Write(graph), MediaType + "; charset=utf-8");
}
