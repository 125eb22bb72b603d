using System.Globalization;

namespace SmartRegion.Help.Search;

/// <summary>The fixed vocabularies of the search's filters: languages, accessibility, target groups.</summary>
internal static class SearchFilters
{
    /// <summary>Leichte Sprache, stored in HSDS as a language entry with code <c>de</c>.</summary>
    public const string EasyLanguage = "leichte-sprache";

    /// <summary>Deutsche Gebärdensprache (ISO 639-3).</summary>
    public const string SignLanguage = "gsg";

    public static readonly IReadOnlyList<string> Accessibility =
        ["rollstuhlgerecht", "aufzug", "barrierefreies-wc", "behindertenparkplatz", "induktionsschleife", "taktiles-leitsystem"];

    /// <summary>Target groups and the words that name them in eligibility texts, names and categories.</summary>
    public static readonly IReadOnlyDictionary<string, string> TargetGroups = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kinder"] = "kinder kind",
        ["jugendliche"] = "jugendliche jugend junge",
        ["familien"] = "familien familie eltern alleinerziehende",
        ["senioren"] = "senioren seniorinnen ältere rentner hochbetagte",
        ["frauen"] = "frauen mädchen mütter schwangere",
        ["maenner"] = "männer jungen väter",
        ["gefluechtete"] = "geflüchtete flüchtlinge asyl migranten zugewanderte migration",
        ["behinderung"] = "behinderung beeinträchtigung behinderte",
        ["angehoerige"] = "angehörige",
        ["wohnungslose"] = "wohnungslose obdachlose wohnungslosigkeit",
    };

    private static readonly Lazy<HashSet<string>> IsoLanguages = new(() =>
    {
        var codes = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Select(c => c.TwoLetterISOLanguageName)
            .Where(c => c.Length == 2)
            .ToHashSet(StringComparer.Ordinal);
        codes.Add(SignLanguage);
        codes.Add(EasyLanguage);
        return codes;
    });

    public static bool IsLanguage(string code) => IsoLanguages.Value.Contains(code);

    /// <summary>The filter key of an HSDS accessibility description: lower case, words joined by hyphens, umlauts spelt out.</summary>
    public static string AccessibilityKey(string description) =>
        string.Join('-', description.Trim().ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
