namespace SmartRegion.Kernel.Time;

/// <summary>
/// The public holidays in the region of Würzburg: Bavaria's statutory holidays (Art. 1 Feiertagsgesetz) including
/// Mariä Himmelfahrt, which is a holiday in Würzburg and in the municipalities of the Landkreis with a predominantly
/// Catholic population. The Augsburger Friedensfest (8 August) is a holiday in the city of Augsburg only and so is
/// not one here; Buß- und Bettag is a school holiday, not a public one. Event series skip them, the Change Lab is closed
/// on them.
/// </summary>
public static class BavarianHolidays
{
    /// <summary>True when the day is a public holiday in the region.</summary>
    public static bool IsHoliday(DateOnly day) => Of(day.Year).Contains(day);

    /// <summary>The public holidays of the year in the region.</summary>
    public static IReadOnlySet<DateOnly> Of(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1), // Neujahr
            new(year, 1, 6), // Heilige Drei Könige
            easter.AddDays(-2), // Karfreitag
            easter.AddDays(1), // Ostermontag
            new(year, 5, 1), // Tag der Arbeit
            easter.AddDays(39), // Christi Himmelfahrt
            easter.AddDays(50), // Pfingstmontag
            easter.AddDays(60), // Fronleichnam
            new(year, 8, 15), // Mariä Himmelfahrt
            new(year, 10, 3), // Tag der Deutschen Einheit
            new(year, 11, 1), // Allerheiligen
            new(year, 12, 25), // 1. Weihnachtstag
            new(year, 12, 26), // 2. Weihnachtstag
        };
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
