using Microsoft.Extensions.Localization;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Guide;

/// <summary>The guide's answers so far: which step comes next (4 = all answered) and what was not understood.</summary>
internal sealed record GuideAnswers(int Step, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>"alle" means: any place, any language.</summary>
    public const string Any = "alle";

    public static GuideAnswers Check(
        string? forWhom, string? place, string? language, IReadOnlyList<MunicipalitySummary> municipalities,
        IReadOnlyList<ListOfferLanguages.Choice> languages, IStringLocalizer<HelpText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new ValidationErrors();
        if (forWhom is null)
        {
            return new GuideAnswers(1, errors.ToDictionary());
        }

        if (!TargetGroups.IsKnown(forWhom))
        {
            return new GuideAnswers(1, errors.Add("fuer", text["Guide.ForWhom.Invalid"]).ToDictionary());
        }

        if (place is null)
        {
            return new GuideAnswers(2, errors.ToDictionary());
        }

        if (place != Any && !municipalities.Any(m => m.Ags == place))
        {
            return new GuideAnswers(2, errors.Add("ort", text["Guide.Where.Invalid"]).ToDictionary());
        }

        if (language is null)
        {
            return new GuideAnswers(3, errors.ToDictionary());
        }

        if (language != Any && !languages.Any(l => l.Value == language))
        {
            return new GuideAnswers(3, errors.Add("sprache", text["Guide.Language.Invalid"]).ToDictionary());
        }

        return new GuideAnswers(4, errors.ToDictionary());
    }
}
