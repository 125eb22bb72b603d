using System.Globalization;
using SmartRegion.Kernel.Text;

namespace SmartRegion.Platform.Tests.Kernel;

public sealed class RecipientCultureTests
{
    private static readonly DateTime Day = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("en", "03/12/2026 10:00", "en")]
    [InlineData("de", "03.12.2026 10:00", "de")]
    [InlineData(null, "03.12.2026 10:00", "de")]
    [InlineData("fr", "03.12.2026 10:00", "de")]
    public void texts_dates_and_numbers_follow_the_recipients_language_and_the_cultures_come_back_afterwards(string? language, string date, string ui)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        using (RecipientCulture.Use(language))
        {
            Assert.Equal(date, Day.ToString("g", CultureInfo.CurrentCulture));
            Assert.Equal(ui, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        }

        Assert.Equal(before, (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture));
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("en", "en")]
    [InlineData("de-DE", "de")]
    [InlineData("", "de")]
    public void the_kept_language_is_english_or_german(string culture, string kept) =>
        Assert.Equal(kept, RecipientCulture.LanguageOf(CultureInfo.GetCultureInfo(culture)));
}
