using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Help.Search;

/// <summary>
/// The region's municipalities under the names people write: case, umlauts (ö ↔ oe ↔ o), „a.“ ↔ „am“, „b.“ ↔ „bei“,
/// punctuation and a leading „Markt“/„Stadt“/„Gemeinde“ do not matter; „Zell“ alone is „Zell a.Main“ while it is unique.
/// Finds a municipality by name or AGS and one named inside a query.
/// </summary>
internal sealed class PlaceDirectory
{
    /// <summary>Kreisschlüssel of the Landkreis Würzburg: AGS of its municipalities start with it.</summary>
    public const string DistrictPrefix = "09679";

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["a"] = "am", ["b"] = "bei", ["i"] = "im", ["st"] = "sankt", ["d"] = "der", ["o"] = "ob",
    };

    private static readonly HashSet<string> Prefixes = ["markt", "stadt", "gemeinde", "landkreis", "kreisfreie"];

    private readonly Dictionary<string, MunicipalitySummary> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MunicipalitySummary> _byAgs = new(StringComparer.Ordinal);
    private readonly int _longestKey;

    public PlaceDirectory(IEnumerable<MunicipalitySummary> municipalities)
    {
        All = [.. municipalities];
        var shortNames = new Dictionary<string, List<MunicipalitySummary>>(StringComparer.Ordinal);
        foreach (var m in All)
        {
            _byAgs[m.Ags] = m;
            var key = Key(m.Name);
            _byKey[key] = m;
            var first = key.Split(' ')[0];
            if (first != key)
            {
                (shortNames.TryGetValue(first, out var list) ? list : shortNames[first] = []).Add(m);
            }
        }

        foreach (var (name, list) in shortNames.Where(s => s.Value.Count == 1 && !_byKey.ContainsKey(s.Key)))
        {
            _byKey[name] = list[0];
        }

        _longestKey = _byKey.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    public IReadOnlyList<MunicipalitySummary> All { get; }

    public MunicipalitySummary? FindByAgs(string ags) => _byAgs.GetValueOrDefault(ags);

    /// <summary>A municipality by AGS or by a name as people write it, or null.</summary>
    public MunicipalitySummary? Find(string text)
    {
        var trimmed = text.Trim();
        if (Ags.IsWellFormed(trimmed))
        {
            return FindByAgs(trimmed);
        }

        return _byKey.GetValueOrDefault(Key(trimmed));
    }

    /// <summary>The names closest to an unknown one, for the message that suggests them.</summary>
    public IReadOnlyList<string> Closest(string text, int count = 3)
    {
        var key = Key(text);
        return [.. All
            .Select(m => (m.Name, Distance: Math.Min(EditDistance.Compute(key, Key(m.Name)), EditDistance.Compute(key, Key(m.Name).Split(' ')[0]))))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(count).Select(x => x.Name)];
    }

    /// <summary>A municipality named inside <paramref name="query"/> (the longest match) and the query without it.</summary>
    public (MunicipalitySummary Place, string Remainder)? Detect(string query)
    {
        var words = Words(query);
        for (var length = Math.Min(_longestKey, words.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var key = string.Join(' ', words.Skip(start).Take(length).Select(w => w.Text).Where(w => !Prefixes.Contains(w)));
                if (key.Length > 0 && _byKey.TryGetValue(key, out var place))
                {
                    var from = words[start].Start;
                    var to = words[start + length - 1].End;
                    // „in Rimpar“: the preposition left behind is a stop word.
                    return (place, QueryWords.Cut(query, from, to));
                }
            }
        }

        return null;
    }

    /// <summary>The comparable form of a name: folded words, abbreviations spelt out, administrative prefix dropped.</summary>
    public static string Key(string name)
    {
        var words = Words(name).Select(w => w.Text).ToList();
        while (words.Count > 1 && Prefixes.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    private static List<(string Text, int Start, int End)> Words(string text) =>
        [.. QueryWords.Split(text).Select(w => (Abbreviations.GetValueOrDefault(w.Text, w.Text), w.Start, w.End))];

    /// <summary>Great-circle distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
