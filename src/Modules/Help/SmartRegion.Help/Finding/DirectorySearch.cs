using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Schedules;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Help.Finding;

/// <summary>
/// A plain stand-in for the Lucene search, behind <see cref="IHelpSearch"/> until that search is wired: the same
/// parameters and checks, words matched as substrings of name, description and categories, crisis words put the hotlines
/// first. Replaced by the Lucene search's adapter; kept small on purpose.
/// </summary>
internal sealed class DirectorySearch(HelpDb db, IMunicipalityDirectory municipalities, TimeProvider time) : IHelpSearch
{
    public const int MaxQueryLength = 200;

    public static readonly IReadOnlyList<string> Parameters =
        ["q", "place", "lat", "lon", "category", "target_group", "age", "language", "accessibility", "free", "open_now", "sort", "page", "per_page"];

    private static readonly string[] TargetGroups = ["kinder", "jugendliche", "familien", "senioren", "frauen", "maenner", "gefluechtete", "behinderung", "angehoerige", "wohnungslose"];

    private static readonly string[] CrisisWords =
        ["suizid", "selbstmord", "umbringen", "nicht mehr leben", "lebensmüde", "gewalt", "schlägt mich", "geschlagen", "vergewaltig", "missbrauch", "bedroht", "akute gefahr", "notfall"];

    public async Task<Result<HelpSearchResult>> SearchAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new ValidationErrors();
        foreach (var unknown in query.Keys.Where(k => !Parameters.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(unknown, $"Unbekannter Parameter „{(unknown.Length > 40 ? unknown[..40] + "…" : unknown)}“. Erlaubt sind: {string.Join(", ", Parameters)}.");
        }

        var raw = query.GetValueOrDefault("q");
        var text = string.Join(' ', (raw ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        errors.AddIf(TextInput.HasControlCharacters(raw), "q", "Der Suchbegriff enthält unzulässige Steuerzeichen.");
        errors.AddIf(text.Length > MaxQueryLength, "q", $"Der Suchbegriff darf höchstens {MaxQueryLength} Zeichen lang sein.");
        var all = await municipalities.ListAsync(cancellationToken);
        var placeText = Value(query, "place");
        var place = placeText is null ? null : all.FirstOrDefault(m => m.Ags == placeText || string.Equals(m.Name, placeText, StringComparison.OrdinalIgnoreCase));
        errors.AddIf(placeText is not null && place is null, "place", "Den Ort kennen wir nicht.");
        var codes = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Code != null).Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken);
        var category = Value(query, "category");
        errors.AddIf(category is not null && !codes.Any(c => c.Code == category), "category", "Die Kategorie ist unbekannt.");
        var group = Value(query, "target_group");
        errors.AddIf(group is not null && !TargetGroups.Contains(group), "target_group", $"Die Zielgruppe ist unbekannt. Bekannt sind: {string.Join(", ", TargetGroups)}.");
        var language = Value(query, "language")?.ToLowerInvariant();
        errors.AddIf(language is not null && (language.Length > 20 || !language.All(c => char.IsAsciiLetterLower(c) || c == '-')), "language", "Die Sprache ist unbekannt.");
        var accessibility = Value(query, "accessibility");
        errors.AddIf(accessibility is not null && !AccessibilityKeys.Contains(accessibility), "accessibility", $"Das Merkmal ist unbekannt. Bekannt sind: {string.Join(", ", AccessibilityKeys)}.");
        var free = Flag(query, "free", errors);
        var openNow = Flag(query, "open_now", errors);
        var sort = Value(query, "sort") ?? "relevance";
        errors.AddIf(sort is not ("relevance" or "distance"), "sort", "Sortierung ist „relevance“ oder „distance“.");
        errors.AddIf(sort == "distance" && place is null && placeText is null, "sort", "Nach Entfernung sortieren geht nur mit einem Ort.");
        var page = Integer(query, "page", 1, 100, errors) ?? 1;
        var perPage = Integer(query, "per_page", 1, 50, errors) ?? 10;
        _ = Integer(query, "age", 0, 120, errors);
        var anyFilter = place is not null || category is not null || group is not null || language is not null || accessibility is not null;
        errors.AddIf(text.Length == 0 && !anyFilter && errors.IsEmpty, "q", "Bitte geben Sie einen Suchbegriff ein.");
        if (!errors.IsEmpty)
        {
            return Result<HelpSearchResult>.Invalid(errors);
        }

        var offers = await LoadAsync(cancellationToken);
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).ToList();
        var crisis = CrisisWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        var now = OpeningHours.LocalTime(time.GetUtcNow());
        bool Filtered(Offer o, bool withPlace) =>
            (!withPlace || place is null || o.Nationwide || o.Municipalities.Contains(place.Ags))
            && (category is null || o.Codes.Any(c => c == category || c.StartsWith(category + ".", StringComparison.Ordinal)))
            && (group is null || o.Text.Contains(group[..Math.Min(5, group.Length)], StringComparison.Ordinal))
            && (language is null || o.Languages.Contains(language))
            && (accessibility is null || o.Accessibility.Contains(accessibility))
            && (!free || o.Free)
            && (!openNow || o.Hours.Any(h => h.Parse()?.IsOpenAt(now) == true));
        int Score(Offer o) => words.Count == 0 ? 1 : words.Count(w => o.Text.Contains(w, StringComparison.Ordinal)) * 2 + words.Count(w => o.Name.Contains(w, StringComparison.OrdinalIgnoreCase));
        var hits = offers.Where(o => Filtered(o, true)).Select(o => (Offer: o, Score: Score(o), Distance: Distance(place, o))).Where(h => h.Score > 0).ToList();
        if (crisis)
        {
            hits = [.. hits.Where(h => !h.Offer.Nationwide), .. offers.Where(o => o.Nationwide && o.Codes.Any(c => c.StartsWith("psyche.krise", StringComparison.Ordinal) || c.StartsWith("gewalt.", StringComparison.Ordinal))).Select(o => (o, 100, (double?)null))];
        }

        var ordered = (sort == "distance"
                ? hits.OrderBy(h => h.Distance ?? double.MaxValue).ThenByDescending(h => h.Score)
                : hits.OrderByDescending(h => crisis && h.Offer.Nationwide).ThenByDescending(h => h.Score).ThenBy(h => h.Distance ?? double.MaxValue))
            .ThenBy(h => h.Offer.Name, StringComparer.Ordinal).DistinctBy(h => h.Offer.Id).ToList();
        HelpSearchSuggestions? suggestions = null;
        if (ordered.Count == 0)
        {
            var widened = place is null ? 0 : offers.Count(o => Filtered(o, false) && Score(o) > 0);
            var near = codes.Where(c => !c.Code!.Contains('.', StringComparison.Ordinal) && words.Any(w => c.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || w.Contains(c.Code!, StringComparison.Ordinal)))
                .Concat(codes.Where(c => c.Code is "geld" or "psyche" or "nachbarschaft" or "gesundheit")).DistinctBy(c => c.Code).Take(4);
            suggestions = new HelpSearchSuggestions(
                place is null ? "Zu Ihrer Suche haben wir leider nichts gefunden." : $"In {place.Name} haben wir dazu leider nichts gefunden.",
                [.. near.Select(c => new HelpSearchCategory(c.Code!, c.Name))], place is not null, place is null ? null : widened);
        }

        var items = ordered.Skip((page - 1) * perPage).Take(perPage)
            .Select(h => new HelpSearchHit(h.Offer.Id, h.Offer.Name, h.Offer.Organization, h.Offer.City, h.Distance is { } d ? Math.Round(d, 1) : null,
                h.Offer.Snippet, OpeningHours.StateAt(h.Offer.Hours, time.GetUtcNow()) switch { OpenState.Open => true, OpenState.Closed => false, _ => null },
                h.Offer.Nationwide, h.Offer.Codes))
            .ToList();
        return Result<HelpSearchResult>.Ok(new HelpSearchResult(ordered.Count, page, perPage, crisis, place is null ? null : new HelpSearchPlace(place.Ags, place.Name, false), items, suggestions));
    }

    private static readonly string[] AccessibilityKeys = ["rollstuhlgerecht", "aufzug", "barrierefreies-wc", "behindertenparkplatz", "induktionsschleife", "taktiles-leitsystem"];

    private sealed record Offer(string Id, string Name, string Organization, string City, string Text, string Snippet, bool Nationwide, bool Free,
        IReadOnlySet<string> Municipalities, IReadOnlyList<string> Codes, IReadOnlySet<string> Languages, IReadOnlySet<string> Accessibility,
        IReadOnlyList<OpeningRule> Hours, IReadOnlyList<(double Lat, double Lon)> Points);

    private async Task<List<Offer>> LoadAsync(CancellationToken ct)
    {
        var services = await db.Services.AsNoTracking().Where(s => s.Status == "active")
            .Include(s => s.Languages).Include(s => s.CostOptions).Include(s => s.Attributes).Include(s => s.Municipalities).AsSplitQuery().ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var terms = await db.TaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var links = await db.ServiceAtLocations.AsNoTracking().Include(l => l.Schedules).ToListAsync(ct);
        var locations = await db.Locations.AsNoTracking().Include(l => l.Addresses).Include(l => l.Accessibility).AsSplitQuery().ToDictionaryAsync(l => l.Id, ct);
        return [.. services.Select(s =>
        {
            var own = links.Where(l => l.ServiceId == s.Id && locations.ContainsKey(l.LocationId)).ToList();
            var places = own.Select(l => locations[l.LocationId]).ToList();
            var codes = s.Attributes.Select(a => terms.GetValueOrDefault(a.TaxonomyTermId)).OfType<TaxonomyTerm>().ToList();
            var text = string.Join(' ', [s.Name, s.Description, s.EligibilityDescription, .. codes.Select(c => c.Name), .. codes.Select(c => c.Code)]).ToLowerInvariant();
            var description = s.Description ?? "";
            return new Offer(s.Id, s.Name, organizations.GetValueOrDefault(s.OrganizationId) ?? "",
                places.SelectMany(p => p.Addresses).Select(a => a.City).FirstOrDefault() ?? "", text,
                description.Length > 220 ? description[..description.LastIndexOf(' ', 220)] + " …" : description,
                s.IsNationwide, s.CostOptions.Any(c => c.Option == "kostenlos"),
                s.Municipalities.Select(m => m.Ags).ToHashSet(StringComparer.Ordinal), [.. codes.Select(c => c.Code).OfType<string>()],
                s.Languages.Select(l => ListOfferLanguages.IsEasyLanguageName(l.Name) ? ListOfferLanguages.EasyLanguage : (l.Code ?? "").ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                places.SelectMany(p => p.Accessibility).Select(a => AccessibilityKey(a.Description ?? "")).ToHashSet(StringComparer.Ordinal),
                [.. own.SelectMany(l => l.Schedules).Select(h => new OpeningRule(h.Freq, h.Byday, h.OpensAt, h.ClosesAt, h.Description, h.Notes))],
                [.. places.Where(p => p.Latitude is not null && p.Longitude is not null).Select(p => (p.Latitude!.Value, p.Longitude!.Value))]);
        })];
    }

    private static string AccessibilityKey(string description) => string.Join('-', description.Trim().ToLowerInvariant()
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
        .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static double? Distance(MunicipalitySummary? place, Offer offer)
    {
        if (place is null || offer.Points.Count == 0)
        {
            return null;
        }

        return offer.Points.Min(p =>
        {
            var dLat = (p.Lat - place.Latitude) * Math.PI / 180;
            var dLon = (p.Lon - place.Longitude) * Math.PI / 180;
            var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(place.Latitude * Math.PI / 180) * Math.Cos(p.Lat * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
            return 6371 * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
        });
    }

    private static string? Value(IReadOnlyDictionary<string, string?> query, string name) =>
        query.GetValueOrDefault(name) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

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
