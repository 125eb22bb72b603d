namespace SmartRegion.Help.Finding;

/// <summary>
/// The accessibility features the directory knows by name (the search filter's values and the words providers use), so a
/// page in English shows „wheelchair accessible“ instead of the German word the provider entered.
/// </summary>
internal static class AccessibilityNames
{
    /// <summary>The features one can filter by.</summary>
    public static readonly string[] Filterable = ["rollstuhlgerecht", "aufzug", "barrierefreies-wc", "behindertenparkplatz", "induktionsschleife", "taktiles-leitsystem"];

    private static readonly string[] Described = [.. Filterable, "eingeschraenkt-barrierefrei", "nicht-barrierefrei"];

    /// <summary>The resource key (after <c>Access.</c>) for an entered description, or null when it is not a known feature.</summary>
    public static string? Key(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var key = description.Trim().ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal).Replace(' ', '-');
        return Array.IndexOf(Described, key) >= 0 ? key : null;
    }
}
