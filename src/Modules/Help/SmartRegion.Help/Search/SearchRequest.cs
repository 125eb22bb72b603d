using System.Globalization;
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

    public static Result<(SearchSpec Spec, bool PlaceFromQuery)> Parse(IReadOnlyDictionary<string, string?> query, PlaceDirectory places, IReadOnlySet<string> categories)
    {
        var errors = new ValidationErrors();
        foreach (var unknown in query.Keys.Where(k => !Parameters.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(unknown, $"Unbekannter Parameter „{Clip(unknown)}“. Erlaubt sind: {string.Join(", ", Parameters)}.");
        }

        var raw = query.GetValueOrDefault("q");
        var text = string.Join(' ', (raw ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        errors.AddIf(TextInput.HasControlCharacters(raw), "q", "Der Suchbegriff enthält unzulässige Steuerzeichen.");
        errors.AddIf(text.Length > MaxQueryLength, "q", $"Der Suchbegriff darf höchstens {MaxQueryLength} Zeichen lang sein.");

        var placeText = Value(query, "place");
        var place = placeText is null ? null : places.Find(placeText);
        if (placeText is not null && place is null)
        {
            errors.Add("place", TextInput.HasControlCharacters(placeText) || placeText.Length > 100
                ? "Der Ort ist ungültig."
                : $"Den Ort „{placeText}“ kennen wir nicht. Meinten Sie {string.Join(", ", places.Closest(placeText).Select(n => "„" + n + "“"))}?");
        }

        var lat = Number(query, "lat", -90, 90, errors);
        var lon = Number(query, "lon", -180, 180, errors);
        errors.AddIf(lat.HasValue != lon.HasValue && !errors.ToDictionary().ContainsKey("lat") && !errors.ToDictionary().ContainsKey("lon"),
            lat.HasValue ? "lon" : "lat", "Breite (lat) und Länge (lon) gehören zusammen: bitte beide angeben oder keine.");

        var category = Value(query, "category");
        errors.AddIf(category is not null && !categories.Contains(category), "category",
            $"Die Kategorie ist unbekannt. Bekannt sind: {string.Join(", ", categories.Where(c => !c.Contains('.', StringComparison.Ordinal)).Order(StringComparer.Ordinal))} und ihre Unterkategorien (z. B. geld.schuldnerberatung).");
        var group = Value(query, "target_group");
        errors.AddIf(group is not null && !SearchFilters.TargetGroups.ContainsKey(group), "target_group",
            $"Die Zielgruppe ist unbekannt. Bekannt sind: {string.Join(", ", SearchFilters.TargetGroups.Keys)}.");
        var language = Value(query, "language")?.ToLowerInvariant();
        errors.AddIf(language is not null && !SearchFilters.IsLanguage(language), "language",
            $"Die Sprache ist unbekannt. Bitte einen Sprachcode nach ISO 639-1 angeben (z. B. tr, ar, uk), „{SearchFilters.SignLanguage}“ für Gebärdensprache oder „{SearchFilters.EasyLanguage}“.");
        var accessibility = Value(query, "accessibility");
        errors.AddIf(accessibility is not null && !SearchFilters.Accessibility.Contains(accessibility), "accessibility",
            $"Das Merkmal ist unbekannt. Bekannt sind: {string.Join(", ", SearchFilters.Accessibility)}.");
        var age = Integer(query, "age", 0, 120, errors);
        var free = Flag(query, "free", errors);
        var openNow = Flag(query, "open_now", errors);
        var sortText = Value(query, "sort");
        var sort = sortText switch
        {
            null or "relevance" => SearchSort.Relevance,
            "distance" => SearchSort.Distance,
            _ => (SearchSort?)null,
        };
        errors.AddIf(sort is null, "sort", "Sortierung ist „relevance“ oder „distance“.");
        errors.AddIf(sort == SearchSort.Distance && place is null && lat is null && placeText is null, "sort", "Nach Entfernung sortieren geht nur mit einem Ort (place) oder einer Position (lat, lon).");
        var page = Integer(query, "page", 1, MaxPage, errors) ?? 1;
        var perPage = Integer(query, "per_page", 1, MaxPerPage, errors) ?? DefaultPerPage;

        // A place named inside the words („pflegedienst höchberg“) counts like a chosen one.
        var fromQuery = false;
        if (place is null && placeText is null && text.Length > 0 && errors.IsEmpty && places.Detect(text) is { } detected)
        {
            (place, text, fromQuery) = (detected.Place, detected.Remainder, true);
        }

        var anyFilter = place is not null || category is not null || lat is not null || group is not null || language is not null || accessibility is not null;
        errors.AddIf(text.Length == 0 && !anyFilter && errors.IsEmpty && raw?.Trim().Length is null or 0, "q", "Bitte geben Sie einen Suchbegriff ein.");
        if (!errors.IsEmpty)
        {
            return Result<(SearchSpec, bool)>.Invalid(errors);
        }

        return Result<(SearchSpec, bool)>.Ok((new SearchSpec(
            text, place, lat, lon, category, group, age, language, accessibility, free, openNow, sort!.Value, page, perPage), fromQuery));
    }

    private static string? Value(IReadOnlyDictionary<string, string?> query, string name) =>
        query.GetValueOrDefault(name) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static double? Number(IReadOnlyDictionary<string, string?> query, string name, double min, double max, ValidationErrors errors)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < min || value > max)
        {
            errors.Add(name, $"Bitte eine Zahl zwischen {min.ToString(CultureInfo.InvariantCulture)} und {max.ToString(CultureInfo.InvariantCulture)} angeben (Dezimalpunkt).");
            return null;
        }

        return value;
    }

    private static int? Integer(IReadOnlyDictionary<string, string?> query, string name, int min, int max, ValidationErrors errors)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(name, $"Bitte eine ganze Zahl von {min} bis {max} angeben.");
            return null;
        }

        return value;
    }

    private static bool Flag(IReadOnlyDictionary<string, string?> query, string name, ValidationErrors errors)
    {
        switch (Value(query, name)?.ToLowerInvariant())
        {
            case null or "false" or "0":
                return false;
            case "true" or "1":
                return true;
            default:
                errors.Add(name, "Bitte true oder false angeben.");
                return false;
        }
    }
}
