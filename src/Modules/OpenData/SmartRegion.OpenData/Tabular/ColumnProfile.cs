namespace SmartRegion.OpenData.Tabular;

/// <summary>What the values of one column allow so far; every non-empty value can only narrow it.</summary>
internal sealed class ColumnProfile
{
    private bool _german = true, _english = true, _germanIntegral = true, _englishIntegral = true, _date = true, _bool = true;

    public bool HasValue { get; private set; }

    public void Observe(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return;
        }

        HasValue = true;
        var number = false;
        if (_german)
        {
            _german = CellParser.TryNumber(value, german: true, out _, out var integral);
            _germanIntegral &= integral;
            number = _german;
        }

        if (_english)
        {
            _english = CellParser.TryNumber(value, german: false, out _, out var integral);
            _englishIntegral &= integral;
            number |= _english;
        }

        if (_date)
        {
            // A number is never a date; the costlier date parse runs only for what is not a number.
            _date = !number && CellParser.TryDate(value, out _);
        }

        if (_bool)
        {
            _bool = CellParser.TryBool(value, out _);
        }
    }

    /// <summary>Whether a value (of the first row, when deciding about the header) fits the type decided.</summary>
    public static bool Fits(ColumnType type, bool german, ReadOnlySpan<char> value) => type switch
    {
        ColumnType.Int => CellParser.TryInteger(value, german, out _),
        ColumnType.Numeric => CellParser.TryNumber(value, german, out _, out _),
        ColumnType.Timestamp => CellParser.TryDate(value, out _),
        ColumnType.Bool => CellParser.TryBool(value, out _),
        _ => true,
    };

    /// <summary>The column's type and number style; <paramref name="preferGerman"/> settles a column both styles read.</summary>
    public (ColumnType Type, bool German) Decide(bool preferGerman)
    {
        if (!HasValue)
        {
            return (ColumnType.Text, preferGerman);
        }

        if (_bool)
        {
            return (ColumnType.Bool, preferGerman);
        }

        if (_german || _english)
        {
            var german = _german && (preferGerman || !_english);
            var integral = german ? _germanIntegral : _englishIntegral;
            return (integral ? ColumnType.Int : ColumnType.Numeric, german);
        }

        if (_date)
        {
            return (ColumnType.Timestamp, preferGerman);
        }

        return (ColumnType.Text, preferGerman);
    }
}
