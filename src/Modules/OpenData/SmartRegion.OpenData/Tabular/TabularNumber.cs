using System.Globalization;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// The one way the table preview, the chart, its description and its value table write a number: at most four
/// decimals, rounded half away from zero on the decimal value people see (49.78345 → 49,7835, never 49,7834 in one
/// place and 49,7835 in another), thousands grouped, trailing zeros dropped.
/// </summary>
internal static class TabularNumber
{
    public const int Decimals = 4;

    public static string Format(double value, CultureInfo culture)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9e27)
        {
            return value.ToString("G", culture);
        }

        // The cast keeps 15 significant digits, so a value read as 49.78349999… from binary is 49.7835 again.
        return Format((decimal)value, culture);
    }

    public static string Format(decimal value, CultureInfo culture) =>
        Math.Round(value, Decimals, MidpointRounding.AwayFromZero).ToString("#,##0.####", culture);

    public static string Format(long value, CultureInfo culture) => value.ToString("#,##0", culture);

    /// <summary>Any number the store returns, written by the rule; null for what is not a number.</summary>
    public static string? TryFormat(object? value, CultureInfo culture) => value switch
    {
        double d => Format(d, culture),
        float f => Format(f, culture),
        decimal m => Format(m, culture),
        long n => Format(n, culture),
        int n => Format(n, culture),
        short n => Format(n, culture),
        System.Numerics.BigInteger n => n.ToString("#,##0", culture),
        _ => null,
    };
}
