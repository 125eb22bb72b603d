using SmartRegion.Kernel.Time;

namespace SmartRegion.Platform.Tests.Kernel;

public sealed class BavarianHolidaysTests
{
    [Theory]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2038, 4, 25)]
    public void easter_sunday_is_computed(int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), BavarianHolidays.EasterSunday(year));

    [Theory]
    [InlineData(2027, 1, 6, true)] // Heilige Drei Könige
    [InlineData(2027, 3, 26, true)] // Karfreitag
    [InlineData(2027, 5, 27, true)] // Fronleichnam
    [InlineData(2027, 8, 15, true)] // Mariä Himmelfahrt, a holiday in Würzburg
    [InlineData(2027, 8, 8, false)] // Augsburger Friedensfest: Augsburg only
    [InlineData(2027, 11, 17, false)] // Buß- und Bettag: no public holiday
    [InlineData(2027, 11, 1, true)] // Allerheiligen
    [InlineData(2027, 10, 31, false)] // Reformationstag: not in Bavaria
    public void the_holidays_of_the_region_of_wuerzburg(int year, int month, int day, bool holiday) =>
        Assert.Equal(holiday, BavarianHolidays.IsHoliday(new DateOnly(year, month, day)));
}
