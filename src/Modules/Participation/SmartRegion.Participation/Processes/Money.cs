using System.Globalization;

namespace SmartRegion.Participation.Processes;

/// <summary>Euro amounts as people type them: „150.000“, „150000,50“ or „150000.50“.</summary>
internal static class Money
{
    public static bool TryParse(string text, out decimal amount)
    {
        var value = text.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase).Trim();
        var german = CultureInfo.GetCultureInfo("de-DE");
        if (value.Contains(',', StringComparison.Ordinal) || value.Count(c => c == '.') > 1 || (value.Contains('.', StringComparison.Ordinal) && value.Split('.')[^1].Length == 3))
        {
            return decimal.TryParse(value, NumberStyles.Number, german, out amount);
        }

        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
    }
}
