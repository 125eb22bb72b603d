namespace SmartRegion.OpenData.Vocabularies;

/// <summary>A licence of the dcat-ap.de licence list (<c>http://dcat-ap.de/def/licenses</c>).</summary>
/// <param name="Code">The path under the list, e.g. <c>dl-by-de/2.0</c>; also the value the API takes.</param>
/// <param name="Name">The licence's own name, the same in every language.</param>
/// <param name="RequiresAttribution">True when users must name the source (the attribution text is then mandatory).</param>
/// <param name="Url">The licence text.</param>
internal sealed record Licence(string Code, string Name, bool RequiresAttribution, string Url)
{
    public string Iri => "http://dcat-ap.de/def/licenses/" + Code;
}

/// <summary>The licences datasets can be published under: the open ones GovData recommends for administrations.</summary>
internal static class Licences
{
    public static readonly IReadOnlyList<Licence> All =
    [
        new("dl-by-de/2.0", "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)", true, "https://www.govdata.de/dl-de/by-2-0"),
        new("dl-zero-de/2.0", "Datenlizenz Deutschland – Zero – Version 2.0 (dl-de/zero-2-0)", false, "https://www.govdata.de/dl-de/zero-2-0"),
        new("cc-by/4.0", "Creative Commons Namensnennung 4.0 International (CC BY 4.0)", true, "https://creativecommons.org/licenses/by/4.0/"),
        new("cc-zero", "Creative Commons CC0 1.0 Universell (CC0 1.0)", false, "https://creativecommons.org/publicdomain/zero/1.0/"),
    ];

    public static Licence? Find(string? code) => All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.Ordinal));
}
