using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;

namespace SmartRegion.Events.Tests.Domain;

/// <summary>The organiser pages name every status an event or a registration can have, in German and English.</summary>
public sealed class OrganiserTextTests
{
    private static readonly IStringLocalizer<EventsText> Text = new StringLocalizer<EventsText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    public void every_status_has_a_text_on_the_organiser_pages(string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var keys = Constants(typeof(RegistrationStatus)).Select(s => "Attendees.Status." + s).Concat(Constants(typeof(EventStatus)).Select(s => "Organise.Status." + s));
            Assert.All(keys, key => Assert.False(Text[key].ResourceNotFound, key));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
