using SmartRegion.Help.Crisis;

namespace SmartRegion.Help.Guide;

/// <summary>A life situation of the guided entry, mapped to category codes of the directory's taxonomy.</summary>
/// <param name="Slug">The path segment, e.g. <c>geldsorgen</c>; the title is the resource <c>Situation.{Slug}</c>.</param>
/// <param name="Categories">Second-level taxonomy codes (<c>top.sub</c>) whose offers help in this situation: the search shows the offers of all of them.</param>
/// <param name="CrisisCategories">Non-empty when people in this situation may be in acute danger: the hotlines to show first.</param>
internal sealed record LifeSituation(string Slug, IReadOnlyList<string> Categories, IReadOnlyList<string> CrisisCategories)
{
    public bool IsCrisis => CrisisCategories.Count > 0;
}

/// <summary>The life situations of „Wie geht's“, in the order the guide shows them.</summary>
internal static class LifeSituations
{
    public static readonly IReadOnlyList<LifeSituation> All =
    [
        new("geldsorgen", ["geld.schuldnerberatung", "geld.sozialberatung", "geld.energie", "geld.budget", "versorgung.tafel"], []),
        new("angehoerige-pflegen", ["gesundheit.pflegeberatung", "gesundheit.ambulante_pflege", "gesundheit.tagespflege", "senioren.demenz", "senioren.alltagshilfe", "senioren.hausnotruf"], []),
        new("neu-in-deutschland", ["migration.beratung", "migration.deutsch", "migration.asyl", "migration.dolmetschen", "migration.anerkennung"], []),
        new("gewalt", ["gewalt.haeusliche_gewalt", "gewalt.schutzunterkunft", "gewalt.sexualisierte_gewalt", "gewalt.kinderschutz", "gewalt.opferhilfe"], ListCrisisHotlines.ViolenceCategories),
        new("seelische-krise", ["psyche.krise", "psyche.beratung", "psyche.telefon_online", "psyche.selbsthilfe"], ["psyche.krise"]),
        new("einsamkeit", ["trauer.einsamkeit", "nachbarschaft.besuchsdienst", "senioren.treffpunkte", "nachbarschaft.mgh", "trauer.trauergruppen", "trauer.trauerbegleitung"], []),
        new("schwangerschaft", ["familie.schwangerschaft", "familie.fruehe_hilfen", "familie.alleinerziehende"], []),
        new("sucht", ["sucht.beratung", "sucht.selbsthilfe", "sucht.angehoerige", "sucht.gluecksspiel_medien", "sucht.drogen"], []),
        new("behinderung", ["inklusion.beratung", "inklusion.freizeit", "inklusion.entlastung", "inklusion.sinnesbehinderung", "wohnen.wohnberatung"], []),
        new("wohnen", ["wohnen.wohnungsnot", "wohnen.notunterkunft", "wohnen.wohnungssuche", "wohnen.wohnberatung"], []),
        new("gesundheit", ["gesundheit.gesundheitsberatung", "gesundheit.selbsthilfe", "gesundheit.hospiz", "psyche.beratung"], []),
    ];

    public static LifeSituation? Find(string? slug) => All.FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.Ordinal));

    /// <summary>The situation's categories as the search's <c>category</c> parameter takes several: separated by commas.</summary>
    public static string CategoryParameter(LifeSituation situation) => string.Join(',', situation.Categories);
}
