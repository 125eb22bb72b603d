using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Help.Search;

/// <summary>Reads and checks the search's query parameters; every mistake becomes a field error, never an exception.</summary>
internal static class SearchRequest
{
    public const int MaxQueryLength = 200;
    public const int MaxPage = 100;
    public const int MaxPerPage = 50;
    public const int DefaultPerPage = 10;

    public static readonly IReadOnlyList<string> Parameters =
        ["q", "place", "lat", "lon", "category", "target_group", "age", "language", "accessibility", "free", "open_now", "sort", "page", "per_page"];

    public static Outcome<ParsedSearch> Parse(
        IReadOnlyDictionary<string, string?> query, PlaceDirectory places, IReadOnlySet<string> categories, IStringLocalizer<SearchText> t)
    {
        var errors = new ValidationErrors();
        foreach (var unknown in query.Keys.Where(k => !Parameters.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(unknown, t["Search.UnknownParameter", Clip(unknown), string.Join(", ", Parameters)]);
        }

        var raw = query.GetValueOrDefault("q");
        var text = string.Join(' ', (raw ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        errors.AddIf(TextInput.HasControlCharacters(raw), "q", t["Search.ControlCharacters"]);
        errors.AddIf(text.Length > MaxQueryLength, "q", t["Search.TooLong", MaxQueryLength]);

        var placeText = Value(query, "place");
        var place = placeText is null ? null : places.Find(placeText);
        var outside = place is null && placeText is not null ? OutsidePlaces.Default.Find(placeText) : null;
        if (placeText is not null && place is null && outside is null)
        {
            errors.Add("place", TextInput.HasControlCharacters(placeText) || placeText.Length > 100
                ? t["Search.PlaceInvalid"]
                : t["Search.PlaceUnknown", placeText, string.Join(", ", places.Closest(placeText).Select(n => t["Search.Quoted", n].Value))]);
        }

        var lat = Number(query, "lat", -90, 90, errors, t);
        var lon = Number(query, "lon", -180, 180, errors, t);
        errors.AddIf(lat.HasValue != lon.HasValue && !errors.ToDictionary().ContainsKey("lat") && !errors.ToDictionary().ContainsKey("lon"),
            lat.HasValue ? "lon" : "lat", t["Search.LatLon"]);

        // Several categories, separated by commas, find the offers of any of them (the guide's life situations).
        var category = Value(query, "category") is { } codes
            ? string.Join(',', codes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            : null;
        errors.AddIf(category is not null && (category.Length == 0 || !category.Split(',').All(categories.Contains)), "category",
            t["Search.CategoryUnknown", string.Join(", ", categories.Where(c => !c.Contains('.', StringComparison.Ordinal)).Order(StringComparer.Ordinal))]);
        var group = Value(query, "target_group");
        errors.AddIf(group is not null && !SearchFilters.TargetGroups.ContainsKey(group), "target_group",
            t["Search.TargetGroupUnknown", string.Join(", ", SearchFilters.TargetGroups.Keys)]);
        var language = Value(query, "language")?.ToLowerInvariant();
        errors.AddIf(language is not null && !SearchFilters.IsLanguage(language), "language",
            t["Search.LanguageUnknown", SearchFilters.SignLanguage, SearchFilters.EasyLanguage]);
        var accessibility = Value(query, "accessibility");
        errors.AddIf(accessibility is not null && !SearchFilters.Accessibility.Contains(accessibility), "accessibility",
            t["Search.AccessibilityUnknown", string.Join(", ", SearchFilters.Accessibility)]);
        var age = Integer(query, "age", 0, 120, errors, t);
        var free = Flag(query, "free", errors, t);
        var openNow = Flag(query, "open_now", errors, t);
        var sortText = Value(query, "sort");
        var sort = sortText switch
        {
            null or "relevance" => SearchSort.Relevance,
            "distance" => SearchSort.Distance,
            _ => (SearchSort?)null,
        };
        errors.AddIf(sort is null, "sort", t["Search.SortInvalid"]);
        errors.AddIf(sort == SearchSort.Distance && place is null && lat is null && placeText is null, "sort", t["Search.SortNeedsPlace"]);
        var page = Integer(query, "page", 1, MaxPage, errors, t) ?? 1;
        var perPage = Integer(query, "per_page", 1, MaxPerPage, errors, t) ?? DefaultPerPage;

        // „kostenlos“, „umsonst“ in the words are the free-of-charge filter, not words to look for.
        var freeFromQuery = false;
        if (text.Length > 0 && errors.IsEmpty)
        {
            (freeFromQuery, text) = CostWords.StripFree(text);
            free |= freeFromQuery;
        }

        // A place named inside the words („pflegedienst höchberg“) counts like a chosen one.
        var fromQuery = false;
        if (place is null && placeText is null && text.Length > 0 && errors.IsEmpty && places.Detect(text) is { } detected)
        {
            (place, text, fromQuery) = (detected.Place, detected.Remainder, true);
        }

        // A place outside the region („Tafel Kitzingen“) is not searched as a word: only offers for everyone are shown.
        if (place is null && outside is null && placeText is null && lat is null && text.Length > 0 && errors.IsEmpty
            && OutsidePlaces.Default.Detect(text) is { } elsewhere)
        {
            (outside, text) = elsewhere;
        }

        var anyFilter = outside is not null || freeFromQuery || place is not null || category is not null || lat is not null || group is not null || language is not null || accessibility is not null;
        errors.AddIf(text.Length == 0 && !anyFilter && errors.IsEmpty && raw?.Trim().Length is null or 0, "q", t["Search.Empty"]);
        if (!errors.IsEmpty)
        {
            return Outcome<ParsedSearch>.Invalid(errors);
        }

        return Outcome<ParsedSearch>.Ok(new ParsedSearch(
            new SearchSpec(text, place, lat, lon, category, group, age, language, accessibility, free, openNow, sort!.Value, page, perPage) { OutsidePlace = outside },
            fromQuery,
            freeFromQuery));
    }

    private static string? Value(IReadOnlyDictionary<string, string?> query, string name) =>
        query.GetValueOrDefault(name) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static double? Number(IReadOnlyDictionary<string, string?> query, string name, double min, double max, ValidationErrors errors, IStringLocalizer<SearchText> t)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < min || value > max)
        {
            errors.Add(name, t["Search.Number", min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture)]);
            return null;
        }

        return value;
    }

    private static int? Integer(IReadOnlyDictionary<string, string?> query, string name, int min, int max, ValidationErrors errors, IStringLocalizer<SearchText> t)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(name, t["Search.Integer", min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture)]);
            return null;
        }

        return value;
    }

    private static bool Flag(IReadOnlyDictionary<string, string?> query, string name, ValidationErrors errors, IStringLocalizer<SearchText> t)
    {
        switch (Value(query, name)?.ToLowerInvariant())
        {
            case null or "false" or "0":
                return false;
            case "true" or "1":
                return true;
            default:
                errors.Add(name, t["Search.Flag"]);
                return false;
        }
    }
}

/// <summary>A checked search and what the search read out of the words: a place, the wish for free offers.</summary>
internal sealed record ParsedSearch(SearchSpec Spec, bool PlaceFromQuery, bool FreeFromQuery);
