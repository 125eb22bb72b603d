using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.Platform.Tests.Features;

public sealed class HomePageTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task the_home_page_lists_what_the_modules_offer_and_announces_only_the_measures_not_yet_installed()
    {
        var page = await GetPageAsync("/");

        var now = page.Document.QuerySelectorAll("[aria-labelledby='jetzt'] a").Select(a => a.GetAttribute("href") ?? "").ToList();
        var coming = page.Document.QuerySelectorAll("[aria-labelledby='bald'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(new[] { "/hilfe", "/veranstaltungen", "/mitmachen", "/fortschritt", "/daten", "/gemeinden", "/leichte-sprache", "/api-dokumentation" }, now);
        Assert.DoesNotContain(coming, c => c.StartsWith("Wie geht's", StringComparison.Ordinal));
        Assert.DoesNotContain(coming, c => c.StartsWith("Smart City Hub", StringComparison.Ordinal));
        Assert.Contains(coming, c => c.StartsWith("Heldenhelfer", StringComparison.Ordinal));
        Assert.DoesNotContain(coming, c => c.StartsWith("Mach mit", StringComparison.Ordinal));
        Assert.DoesNotContain(coming, c => c.StartsWith("Change Lab", StringComparison.Ordinal));
        Assert.Equal(4, coming.Count);
    }

    [Fact]
    public async Task the_home_page_describes_each_offer_in_english_too()
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await GetPageAsync("/");

        var now = page.Document.QuerySelectorAll("[aria-labelledby='jetzt'] a").Select(a => a.TextContent).ToList();
        Assert.Contains("Find help: advice and support in the city and the district", now);
        Assert.Contains(page.Document.QuerySelectorAll("[aria-labelledby='bald'] li"), li => li.TextContent.StartsWith("Heldenhelfer – less paperwork", StringComparison.Ordinal));
    }
}

/// <summary>A host with one more module page, as a newly installed module would add it.</summary>
public sealed class HostWithClubs : SmartRegionHost
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddNavigationItem(new NavigationItem("/vereine", typeof(HostWithClubs), "Vereine", 20, Measure: Measures.Heldenhelfer));
}

public sealed class HomePageWithNewModuleTests(HostWithClubs host) : IntegrationTest<HostWithClubs>(host), IClassFixture<HostWithClubs>
{
    [Fact]
    public async Task a_module_that_registers_its_page_appears_under_now_and_leaves_what_is_coming()
    {
        var page = await GetPageAsync("/");

        Assert.NotNull(page.Document.QuerySelector("[aria-labelledby='jetzt'] a[href='/vereine']"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("[aria-labelledby='bald'] li"), li => li.TextContent.StartsWith("Heldenhelfer", StringComparison.Ordinal));
    }
}
