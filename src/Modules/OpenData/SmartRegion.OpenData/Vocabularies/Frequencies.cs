namespace SmartRegion.OpenData.Vocabularies;

/// <summary>Update frequencies from the EU frequency table (<c>http://publications.europa.eu/resource/authority/frequency</c>) that municipalities use.</summary>
internal static class Frequencies
{
    public const string Scheme = "http://publications.europa.eu/resource/authority/frequency/";

    private static readonly (string Code, string German, string English)[] Table =
    [
        ("CONT", "laufend", "continuous"),
        ("DAILY", "täglich", "daily"),
        ("WEEKLY", "wöchentlich", "weekly"),
        ("MONTHLY", "monatlich", "monthly"),
        ("QUARTERLY", "vierteljährlich", "quarterly"),
        ("ANNUAL_2", "halbjährlich", "semiannual"),
        ("ANNUAL", "jährlich", "annual"),
        ("BIENNIAL", "alle zwei Jahre", "biennial"),
        ("IRREG", "unregelmäßig", "irregular"),
        ("AS_NEEDED", "bei Bedarf", "as needed"),
        ("NEVER", "nie (abgeschlossen)", "never (finished)"),
        ("UNKNOWN", "unbekannt", "unknown"),
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
