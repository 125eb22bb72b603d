namespace SmartRegion.OpenData.Vocabularies;

/// <summary>How the first bytes of a file of this type look.</summary>
internal enum ContentKind
{
    /// <summary>Text of any encoding: no NUL bytes, hardly any control characters.</summary>
    Text,

    /// <summary>Text whose first visible character is <c>{</c> or <c>[</c>.</summary>
    Json,

    /// <summary>Text whose first visible character is <c>&lt;</c>.</summary>
    Xml,

    /// <summary>Starts with <c>%PDF-</c>.</summary>
    Pdf,

    /// <summary>A ZIP container (also XLSX, ODS, DOCX): <c>PK\x03\x04</c>.</summary>
    Zip,

    /// <summary>An OLE compound file (XLS, DOC).</summary>
    Ole,

    /// <summary>PNG image.</summary>
    Png,

    /// <summary>JPEG image.</summary>
    Jpeg,
}

/// <summary>A file format of the EU file-type table with its IANA media type and the file name extensions it goes by.</summary>
/// <param name="Code">The EU file-type code, e.g. <c>CSV</c>.</param>
/// <param name="MediaType">The IANA media type, e.g. <c>text/csv</c>.</param>
/// <param name="Extensions">File name extensions, lower case, with the dot.</param>
/// <param name="Content">What the content must look like.</param>
internal sealed record FileType(string Code, string MediaType, string[] Extensions, ContentKind Content)
{
    public string Iri => FileTypes.Scheme + Code;

    public string MediaTypeIri => "https://www.iana.org/assignments/media-types/" + MediaType;
}
