using System.Globalization;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Reads one cell as a number, date or truth value. Numbers come in German style (<c>1.234,56</c>) or English style
/// (<c>1,234.56</c>); thousands separators must group by three. An integer with a leading zero (a postcode, an AGS)
/// stays text.
/// </summary>
internal static class CellParser
{
    private static readonly string[] DateFormats =
    [
        "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd",
        "dd.MM.yyyy HH:mm", "dd.MM.yyyy HH:mm:ss", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    /// <summary>Parses a number; <paramref name="integral"/> is true when it has no fraction and fits a 64-bit integer.</summary>
    public static bool TryNumber(ReadOnlySpan<char> text, bool german, out double value, out bool integral)
    {
        value = 0;
        integral = false;
        var group = german ? '.' : ',';
        var point = german ? ',' : '.';
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        Span<char> digits = stackalloc char[Math.Min(text.Length + 2, 256)];
        if (text.Length > 250)
        {
            return false;
        }

        var n = 0;
        var intDigits = 0;
        var sinceGroup = -1;
        for (; i < text.Length && text[i] != point; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                digits[n++] = c;
                intDigits++;
                if (sinceGroup >= 0)
                {
                    sinceGroup++;
                }
            }
            else if (c == group)
            {
                if (intDigits == 0 || (sinceGroup < 0 ? intDigits > 3 : sinceGroup != 3))
                {
                    return false;
                }

                sinceGroup = 0;
            }
            else
            {
                return false;
            }
        }

        if (intDigits == 0 || (sinceGroup >= 0 && sinceGroup != 3) || (intDigits > 1 && digits[0] == '0' && sinceGroup < 0))
        {
            return false;
        }

        var fraction = 0;
        if (i < text.Length)
        {
            digits[n++] = '.';
            for (i++; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                digits[n++] = text[i];
                fraction++;
            }

            if (fraction == 0)
            {
                return false;
            }
        }

        if (!double.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        integral = fraction == 0 && intDigits <= 18;
        return true;
    }

    public static bool TryInteger(ReadOnlySpan<char> text, bool german, out long value)
    {
        value = 0;
        if (!TryNumber(text, german, out var number, out var integral) || !integral)
        {
            return false;
        }

        value = (long)number;
        // Above 2^53 the double lost digits: parse the digits exactly.
        if (Math.Abs(number) > 9_007_199_254_740_992d)
        {
            Span<char> digits = stackalloc char[text.Length];
            var n = 0;
            foreach (var c in text)
            {
                if (c is '-' or (>= '0' and <= '9'))
                {
                    digits[n++] = c;
                }
            }

            return long.TryParse(digits[..n], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        return true;
    }

    public static bool TryDate(ReadOnlySpan<char> text, out DateTime value) =>
        DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryBool(ReadOnlySpan<char> text, out bool value)
    {
        if (text.Equals("ja", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase)
            || text.Equals("wahr", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return text.Equals("nein", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase)
            || text.Equals("falsch", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The form a timestamp takes in answers and in the canonical text of spreadsheet cells.</summary>
    public static string Iso(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
