using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Resources;

namespace SmartRegion.ChangeLab.Tests.Domain;

public sealed class BookingRulesTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);
    private static readonly ChangeLabOptions Rules = new();

    [Theory]
    [InlineData("2027-01-06", false)] // Heilige Drei Könige
    [InlineData("2027-03-26", false)] // Karfreitag
    [InlineData("2027-05-27", false)] // Fronleichnam
    [InlineData("2027-08-16", true)]  // the Monday after Mariä Himmelfahrt
    [InlineData("2026-12-12", false)] // a Saturday
    [InlineData("2026-12-08", true)]
    public void the_space_opens_on_working_days_that_are_no_bavarian_holiday(string day, bool open) =>
        Assert.Equal(open, BookingRules.IsOpenDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void without_times_the_whole_opening_day_is_booked_in_slots()
    {
        var (stretch, errors) = BookingRules.Check("2026-12-08", null, "", Rules, MondayMorning, Text);

        Assert.True(errors.IsEmpty);
        Assert.Equal(24, stretch!.Slots.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 6, 0, 0, TimeSpan.Zero), stretch.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.Zero), stretch.EndsAt);
    }

    [Theory]
    [InlineData("morgen", "10:00", "11:00", "Day")]
    [InlineData("2026-12-04", "10:00", "11:00", "Day")]   // past
    [InlineData("2027-01-04", "10:00", "11:00", "Day")]   // beyond 28 days
    [InlineData("2026-12-12", "10:00", "11:00", "Day")]   // Saturday
    [InlineData("2026-12-08", "10:15", "11:00", "From")]  // not on a slot
    [InlineData("2026-12-08", "06:00", "08:00", "From")]  // before opening
    [InlineData("2026-12-08", "18:00", "20:00", "To")]    // after closing
    [InlineData("2026-12-08", "11:00", "10:00", "To")]
    [InlineData("2026-12-08", "10:00", "", "To")]
    [InlineData("2026-12-07", "07:00", "08:00", "From")]  // already over
    public void a_stretch_that_breaks_a_house_rule_names_the_field(string day, string from, string to, string field)
    {
        var (stretch, errors) = BookingRules.Check(day, from, to, Rules, MondayMorning, Text);

        Assert.Null(stretch);
        Assert.Contains(field, errors.ToDictionary().Keys);
    }

    private static readonly IStringLocalizer<ChangeLabText> Text = new KeysOnly();

    private sealed class KeysOnly : IStringLocalizer<ChangeLabText>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
