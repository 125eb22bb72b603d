namespace SmartRegion.Help.Search;

/// <summary>
/// Places outside the region that people name in a search („Tafel Kitzingen“), from the curated list
/// <c>Dictionaries/outside-places.txt</c>: found by the same folding as the region's places, longest name first.
/// </summary>
internal sealed class OutsidePlaces
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly int _longest;

    public OutsidePlaces(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var key = Key(name);
            if (key.Length > 0)
            {
                _byKey.TryAdd(key, name);
            }
        }

        _longest = _byKey.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    private static readonly Lazy<OutsidePlaces> Embedded = new(() => new OutsidePlaces(HelpDictionaries.Default.OutsidePlaceNames));

    /// <summary>The places of the list shipped with the module.</summary>
    public static OutsidePlaces Default => Embedded.Value;

    /// <summary>The folded keys, for checks against the search's other word lists.</summary>
    public IReadOnlyCollection<string> Keys => _byKey.Keys;

    /// <summary>A place name from the list by itself („kitzingen“), or null.</summary>
    public string? Find(string text) => _byKey.GetValueOrDefault(Key(text));

    /// <summary>An outside place named inside <paramref name="query"/> (the longest match) and the query without it.</summary>
    public (string Name, string Remainder)? Detect(string query)
    {
        var words = QueryWords.Split(query);
        for (var length = Math.Min(_longest, words.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var key = string.Join(' ', words.Skip(start).Take(length).Select(w => w.Text));
                if (_byKey.TryGetValue(key, out var name))
                {
                    return (name, QueryWords.Cut(query, words[start].Start, words[start + length - 1].End));
                }
            }
        }

        return null;
    }

    private static string Key(string name) => string.Join(' ', QueryWords.Split(name).Select(w => w.Text));
}
