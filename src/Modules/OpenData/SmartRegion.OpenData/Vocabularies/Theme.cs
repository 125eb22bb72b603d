namespace SmartRegion.OpenData.Vocabularies;

/// <summary>The EU data themes (<c>http://publications.europa.eu/resource/authority/data-theme</c>), with German and English names.</summary>
internal static class Themes
{
    public const string Scheme = "http://publications.europa.eu/resource/authority/data-theme/";

    private static readonly (string Code, string German, string English)[] Table =
    [
        ("AGRI", "Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel", "Agriculture, fisheries, forestry and food"),
        ("ECON", "Wirtschaft und Finanzen", "Economy and finance"),
        ("EDUC", "Bildung, Kultur und Sport", "Education, culture and sport"),
        ("ENER", "Energie", "Energy"),
        ("ENVI", "Umwelt", "Environment"),
        ("GOVE", "Regierung und öffentlicher Sektor", "Government and public sector"),
        ("HEAL", "Gesundheit", "Health"),
        ("INTR", "Internationale Themen", "International issues"),
        ("JUST", "Justiz, Rechtssystem und öffentliche Sicherheit", "Justice, legal system and public safety"),
        ("REGI", "Regionen und Städte", "Regions and cities"),
        ("SOCI", "Bevölkerung und Gesellschaft", "Population and society"),
        ("TECH", "Wissenschaft und Technologie", "Science and technology"),
        ("TRAN", "Verkehr", "Transport"),
    ];

    public static IEnumerable<string> Codes => Table.Select(t => t.Code);

    public static bool IsKnown(string? code) => Table.Any(t => t.Code == code);

    public static string Iri(string code) => Scheme + code;

    public static string Name(string code, string language)
    {
        var entry = Table.FirstOrDefault(t => t.Code == code);
        return entry.Code is null ? code : language == "en" ? entry.English : entry.German;
    }
}
