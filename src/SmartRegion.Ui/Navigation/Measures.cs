namespace SmartRegion.Ui.Navigation;

/// <summary>
/// The eight measures of the Smart Region programme. A module names the one it delivers on its navigation entry; the
/// home page announces the others as coming.
/// </summary>
public static class Measures
{
    /// <summary>„Wie geht's“: finding help and advice.</summary>
    public const string WieGehts = "wie-gehts";

    /// <summary>„Heldenhelfer“: club toolkit and volunteering exchange.</summary>
    public const string Heldenhelfer = "heldenhelfer";

    /// <summary>„Change Lab“: trainings, rooms and ideas of the administration.</summary>
    public const string ChangeLab = "change-lab";

    /// <summary>„Wue App“: the administration's digital services.</summary>
    public const string WueApp = "wue-app";

    /// <summary>„Heimat-Foren“: local forums.</summary>
    public const string HeimatForen = "heimat-foren";

    /// <summary>„Mach mit“: participation.</summary>
    public const string MachMit = "mach-mit";

    /// <summary>„Digi-Fuchs“: learning.</summary>
    public const string DigiFuchs = "digi-fuchs";

    /// <summary>Smart City Hub: open data and the region's own technology.</summary>
    public const string SmartCityHub = "smart-city-hub";

    /// <summary>All measures in the programme's order.</summary>
    public static IReadOnlyList<string> All { get; } = [WieGehts, Heldenhelfer, ChangeLab, WueApp, HeimatForen, MachMit, DigiFuchs, SmartCityHub];
}
