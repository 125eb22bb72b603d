using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Which columns a table's chart shows when nobody has chosen. The value is a measure: a number column that is
/// neither a coordinate (latitude, Rechtswert, …) nor a key (id, Nr., AGS, Stimmbezirk, a running number) nor a year.
/// Without a measure, a text column with repeating values is counted per category. Without either, no chart.
/// </summary>
internal static partial class ChartChoice
{
    /// <summary>The value of the "number of rows" choice, which is no column name a file can have.</summary>
    public const string CountValue = "_anzahl";

    internal sealed record Choice(TabularField Label, TabularField? Value)
    {
        public bool CountsRows => Value is null;
    }

    public static bool IsCoordinate(string name) => CoordinateName().IsMatch(Normalise(name));

    public static bool IsKey(string name) => KeyName().IsMatch(Normalise(name));

    /// <summary>
    /// A number column that measures something. <paramref name="sample"/> holds the column's first values: whole numbers
    /// that count up by one from the first row are a running number, whatever the header says.
    /// </summary>
    public static bool IsMeasure(TabularField field, IReadOnlyList<object?> sample)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(sample);
        if (field.Type is not (ColumnType.Int or ColumnType.Numeric) || IsCoordinate(field.Id) || IsKey(field.Id))
        {
            return false;
        }

        var numbers = sample.Where(v => v is not null).Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList();
        var running = field.Type == ColumnType.Int && numbers.Count >= 2 && numbers.Zip(numbers.Skip(1)).All(p => p.Second - p.First == 1);
        return !running;
    }

    /// <summary>The default chart, or null when no column fits. <paramref name="sample"/> rows have one value per field.</summary>
    public static Choice? Default(IReadOnlyList<TabularField> fields, IReadOnlyList<object?[]> sample)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(sample);
        IReadOnlyList<object?> Column(int i) => [.. sample.Select(r => r[i])];
        var value = fields.Select((f, i) => (f, i)).FirstOrDefault(c => IsMeasure(c.f, Column(c.i))).f;
        if (value is not null)
        {
            var label = fields.FirstOrDefault(f => f.Type is ColumnType.Text or ColumnType.Timestamp)
                ?? fields.FirstOrDefault(f => f != value && !IsCoordinate(f.Id));
            return label is null ? null : new Choice(label, value);
        }

        var category = fields.Select((f, i) => (f, i)).FirstOrDefault(c => c.f.Type == ColumnType.Text && IsCategory(Column(c.i))).f;
        return category is null ? null : new Choice(category, null);
    }

    /// <summary>Text that repeats: between 2 and 30 different values, fewer than there are rows.</summary>
    public static bool IsCategory(IReadOnlyList<object?> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var values = sample.Where(v => v is not null).Select(v => v!.ToString()).ToList();
        var distinct = values.Distinct(StringComparer.Ordinal).Count();
        return distinct is >= 2 and <= 30 && distinct < values.Count;
    }

    private static string Normalise(string name) => name.Trim().ToLowerInvariant().Replace('ä', 'a').Replace('ö', 'o').Replace('ü', 'u').Replace('ß', 's');

    [GeneratedRegex(@"^(lat|lon|lng|long|latitude|longitude|breite|lange|laenge|breitengrad|langengrad|laengengrad|geo_?breite|geo_?lange|x|y|rechtswert|hochwert|easting|northing|koordinate.*|geo.*|wgs.*|utm.*)$")]
    private static partial Regex CoordinateName();

    [GeneratedRegex(@"^(_?id|.*[_\s-]id|id[_\s-].*|nr\.?|.*nr\.?|nummer|.*nummer|no\.?|ags|ars|.*schlussel|.*kennung|code|.*code|plz|postleitzahl|key|index|.*bezirk|jahr|year|monat|month|kalenderwoche|kw)$")]
    private static partial Regex KeyName();
}
