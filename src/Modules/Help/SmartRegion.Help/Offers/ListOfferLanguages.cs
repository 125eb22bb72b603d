using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Resources;

namespace SmartRegion.Help.Offers;

/// <summary>The languages offers are given in, for the language filter: ISO codes, <c>gsg</c> and <c>leichte-sprache</c>.</summary>
internal static class ListOfferLanguages
{
    /// <summary>The filter value for Leichte Sprache (stored as a language named „Leichte Sprache“ with code <c>de</c>).</summary>
    public const string EasyLanguage = "leichte-sprache";

    public const string SignLanguage = "gsg";

    internal sealed record Choice(string Value, string Name);

    public static async Task<IReadOnlyList<Choice>> ExecuteAsync(HelpDb db, IStringLocalizer<HelpText> text, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Language>().AsNoTracking()
            .Where(l => l.Code != null)
            .Select(l => new { l.Code, l.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        var choices = rows
            .Select(r => IsEasyLanguageName(r.Name) ? EasyLanguage : r.Code!.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Select(value => new Choice(value, Display(value, rows.FirstOrDefault(r => r.Code == value && !IsEasyLanguageName(r.Name))?.Name, text)))
            .OrderBy(c => c.Value == "de" ? 0 : 1).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        return choices;
    }

    public static bool IsEasyLanguageName(string? name) => string.Equals(name, "Leichte Sprache", StringComparison.OrdinalIgnoreCase);

    /// <summary>The language's name for the visitor: German from the data, English from .NET's culture names.</summary>
    public static string Display(string code, string? dataName, IStringLocalizer<HelpText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (code == EasyLanguage)
        {
            return text["Offer.EasyLanguage"];
        }

        if (code == SignLanguage)
        {
            return text["Offer.SignLanguage"];
        }

        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && code.Length == 2)
        {
            try
            {
                return CultureInfo.GetCultureInfo(code).EnglishName;
            }
            catch (CultureNotFoundException)
            {
            }
        }

        return dataName ?? code;
    }
}
