namespace SmartRegion.Help.Guide;

/// <summary>
/// Where the guide leads: the search for the situation (<c>lage</c>, which stands for all of its categories) with the
/// answers as filters.
/// </summary>
internal static class GuideLinks
{
    public static string Search(LifeSituation situation, string? forWhom, string? place, string? language)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var query = new List<string> { "lage=" + Uri.EscapeDataString(situation.Slug) };
        if (place is { Length: > 0 } && place != GuideAnswers.Any)
        {
            query.Add("place=" + Uri.EscapeDataString(place));
        }

        if (language is { Length: > 0 } && language != GuideAnswers.Any)
        {
            query.Add("language=" + Uri.EscapeDataString(language));
        }

        if (forWhom is { Length: > 0 } && forWhom != TargetGroups.Myself)
        {
            query.Add("target_group=" + Uri.EscapeDataString(forWhom));
        }

        return "/hilfe?" + string.Join('&', query);
    }
}
