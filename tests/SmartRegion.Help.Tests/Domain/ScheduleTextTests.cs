using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRegion.Help.Resources;
using SmartRegion.Help.Schedules;

namespace SmartRegion.Help.Tests.Domain;

public sealed class ScheduleTextTests
{
    private static readonly IStringLocalizer<HelpText> Text = new StringLocalizer<HelpText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static string German(OpeningRule rule) => InCulture("de-DE", rule);

    private static string InCulture(string name, OpeningRule rule)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return ScheduleText.Describe(rule, Text, CultureInfo.CurrentUICulture);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("MO,TU,WE,TH,FR", "Montag bis Freitag, 9:00–12:00 Uhr")]
    [InlineData("MO,TU,WE,TH", "Montag bis Donnerstag, 9:00–12:00 Uhr")]
    [InlineData("TU,TH", "Dienstag und Donnerstag, 9:00–12:00 Uhr")]
    [InlineData("MO,WE,FR", "Montag, Mittwoch und Freitag, 9:00–12:00 Uhr")]
    [InlineData("MO,TU,TH,FR", "Montag, Dienstag, Donnerstag und Freitag, 9:00–12:00 Uhr")]
    [InlineData("TU,WE,TH,FR,SA", "Dienstag bis Samstag, 9:00–12:00 Uhr")]
    [InlineData("MO,TU,WE,TH,FR,SA,SU", "täglich, 9:00–12:00 Uhr")]
    [InlineData("WE", "Mittwoch, 9:00–12:00 Uhr")]
    public void weekly_rules_read_as_weekday_names_with_ranges(string byday, string expected)
    {
        Assert.Equal(expected, German(new OpeningRule("WEEKLY", byday, "09:00", "12:00")));
    }

    [Theory]
    [InlineData("2TH,4TH", "jeden 2. und 4. Donnerstag im Monat, 14:00–16:30 Uhr")]
    [InlineData("1MO", "jeden 1. Montag im Monat, 14:00–16:30 Uhr")]
    [InlineData("-1SU", "jeden letzten Sonntag im Monat, 14:00–16:30 Uhr")]
    public void monthly_rules_name_the_weeks_of_the_month(string byday, string expected)
    {
        Assert.Equal(expected, German(new OpeningRule("MONTHLY", byday, "14:00", "16:30")));
    }

    [Fact]
    public void around_the_clock_overnight_and_by_appointment_read_in_plain_words()
    {
        Assert.Equal("rund um die Uhr", German(new OpeningRule("WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")));
        Assert.Equal("täglich, 19:00–8:00 Uhr (bis zum nächsten Morgen)", German(new OpeningRule("WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "19:00", "08:00")));
        Assert.Equal("nach Vereinbarung", German(new OpeningRule(null, null, null, null, "Termine nach Vereinbarung")));
    }

    [Fact]
    public void english_visitors_read_the_same_rules_in_english()
    {
        Assert.Equal("Monday to Friday, 9:00–12:00", InCulture("en-US", new OpeningRule("WEEKLY", "MO,TU,WE,TH,FR", "09:00", "12:00")));
        Assert.Equal("every 2nd and 4th Thursday of the month, 14:00–16:30", InCulture("en-US", new OpeningRule("MONTHLY", "2TH,4TH", "14:00", "16:30")));
        Assert.Equal("by appointment", InCulture("en-US", new OpeningRule(null, null, null, null, "Termine nach Vereinbarung")));
    }
}
