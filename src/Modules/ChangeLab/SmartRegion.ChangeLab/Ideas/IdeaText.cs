using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.ChangeLab.Ideas;

/// <summary>The checks every free text of an idea goes through: required, not too long, no binary junk.</summary>
internal static class IdeaText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static ValidationErrors Check(this ValidationErrors errors, string field, string? value, int max, IStringLocalizer<ChangeLabText> text) =>
        errors.AddIf(value is null, field, text["Field.Text.Required"])
            .AddIf(value?.Length > max, field, text["Field.Text.TooLong", max])
            .AddIf(TextInput.HasControlCharacters(value, allowLineBreaks: true), field, text["Field.Text.Control"]);

    /// <summary>The same checks for a text that may stay empty.</summary>
    public static ValidationErrors CheckOptional(this ValidationErrors errors, string field, string? value, int max, IStringLocalizer<ChangeLabText> text) =>
        errors.AddIf(value?.Length > max, field, text["Field.Text.TooLong", max])
            .AddIf(TextInput.HasControlCharacters(value, allowLineBreaks: true), field, text["Field.Text.Control"]);
}
