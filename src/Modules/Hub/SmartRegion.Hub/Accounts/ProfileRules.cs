using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Accounts;

/// <summary>Rules for the fields registration and the profile share.</summary>
internal static class ProfileRules
{
    public static void CheckDisplayName(string? name, string field, ValidationErrors errors, IStringLocalizer<SelfServiceText> text)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(field, text["DisplayName.Required"]);
        }
        else
        {
            errors.AddIf(name.Trim().Length > Person.MaxDisplayName, field, text["DisplayName.TooLong", Person.MaxDisplayName]);
            errors.AddIf(name.Any(char.IsControl), field, text["DisplayName.Invalid"]);
        }
    }

    /// <summary>The AGS when it names a municipality of the region, null when left empty; an unknown AGS is an error.</summary>
    public static async Task<string?> CheckMunicipalityAsync(
        string? ags, string field, IMunicipalityDirectory municipalities, ValidationErrors errors, IStringLocalizer<SelfServiceText> text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ags))
        {
            return null;
        }

        var trimmed = ags.Trim();
        if (trimmed.Length == 8 && trimmed.All(char.IsAsciiDigit) && await municipalities.FindAsync(trimmed, ct) is not null)
        {
            return trimmed;
        }

        errors.Add(field, text["Municipality.Unknown"]);
        return null;
    }
}
