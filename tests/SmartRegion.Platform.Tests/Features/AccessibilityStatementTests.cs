using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>The accessibility statement tells the truth: the known barriers, a postal address, the Bavarian enforcement body.</summary>
public sealed class AccessibilityStatementTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task the_statement_lists_the_known_barriers_an_address_and_the_enforcement_body_with_its_address()
    {
        var page = await GetPageAsync("/barrierefreiheit");

        var gaps = page.Document.QuerySelectorAll("main ul[aria-labelledby=luecken] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(gaps, g => g.Contains("Gebärdensprache", StringComparison.Ordinal));
        Assert.True(gaps.Count >= 5);
        var addresses = page.Document.QuerySelectorAll("main address").Select(a => a.TextContent).ToList();
        Assert.Equal(2, addresses.Count);
        Assert.Contains(addresses, a => a.Contains("Durchsetzungs- und Überwachungsstelle Barrierefreie Informationstechnik", StringComparison.Ordinal)
            && a.Contains("Alexandrastraße 4", StringComparison.Ordinal) && a.Contains("80538 München", StringComparison.Ordinal));
        Assert.Contains("§ 11 BayDiV", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task in_english_the_german_name_of_the_enforcement_body_is_marked_german()
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await GetPageAsync("/barrierefreiheit");

        Assert.Equal("What is not accessible yet", page.Document.QuerySelector("#luecken")!.TextContent);
        Assert.Contains(page.Document.QuerySelectorAll("main address span[lang=de]"), s => s.TextContent.StartsWith("Landesamt für Digitalisierung", StringComparison.Ordinal));
    }
}
