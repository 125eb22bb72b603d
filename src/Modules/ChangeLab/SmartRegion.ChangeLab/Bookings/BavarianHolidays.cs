namespace SmartRegion.ChangeLab.Bookings;

/// <summary>
/// The public holidays of Bavaria as they fall in Würzburg (Mariä Himmelfahrt included: the city counts as mainly
/// Catholic). The co-working space is closed on them, and a weekly series skips them.
/// </summary>
internal static class BavarianHolidays
{
    public static bool IsHoliday(DateOnly day) => Of(day.Year).Contains(day);

    public static IReadOnlySet<DateOnly> Of(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1), new(year, 1, 6), easter.AddDays(-2), easter.AddDays(1), new(year, 5, 1), easter.AddDays(39),
            easter.AddDays(50), easter.AddDays(60), new(year, 8, 15), new(year, 10, 3), new(year, 11, 1), new(year, 12, 25), new(year, 12, 26),
        };
    }

    // The Gregorian computus (Meeus/Jones/Butcher).
    internal static DateOnly EasterSunday(int year)
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
