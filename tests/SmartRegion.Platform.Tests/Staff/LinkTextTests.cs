using System.Net;
using AngleSharp.Dom;
using SmartRegion.TestKit;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.Platform.Tests.Staff;

/// <summary>
/// A link says where it leads: every link of the main navigation, the footer, the header's account links, the account
/// page's menus and the staff area reads like the <c>&lt;h1&gt;</c> of the page it opens, and that page's
/// <c>&lt;title&gt;</c> starts with the same words — in German and English. The exceptions are listed with their reason.
/// </summary>
public sealed class LinkTextTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    /// <summary>Links whose text is not the page's title, each for a reason.</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        // The home link names the page by its role in the site ("Startseite"); the page's heading greets with the region's name.
        ["/"] = "home",
        // The language switch names the language it switches to, in that language; it is no page of its own.
        ["/sprache/en"] = "language",
        ["/sprache/de"] = "language",
        // „Leichte Sprache“ is the words people look for (BITV 2.0 names the offer so); the page's heading says what it covers.
        ["/leichte-sprache"] = "easy language",
    };

    public static TheoryData<string, string> Menus => new()
    {
        { Anonymous, "de" }, { Anonymous, "en" }, { RegionAdmin, "de" }, { RegionAdmin, "en" },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task every_menu_link_reads_like_the_title_of_the_page_it_opens(string persona, string language)
    {
        await Personas.SignInAsync(Host, Client, persona);
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var menus = new List<IElement>();
        var home = await GetPageAsync("/");
        menus.AddRange(home.Document.QuerySelectorAll("header a, footer a"));
        if (persona != Anonymous)
        {
            menus.AddRange((await GetPageAsync("/konto")).Document.QuerySelectorAll("main a"));
            menus.AddRange((await GetPageAsync("/verwaltung")).Document.QuerySelectorAll("main a, nav[aria-label] a"));
        }

        var mismatches = new List<string>();
        foreach (var link in menus.DistinctBy(l => (l.GetAttribute("href"), l.TextContent.Trim())))
        {
            var href = link.GetAttribute("href")!;
            var path = href.Split('?')[0];
            if (!href.StartsWith('/') || Exceptions.ContainsKey(path) || href == "#inhalt")
            {
                continue;
            }

            var target = await GetPageAsync(href);
            var text = Normalise(link.TextContent);
            if (target.Status != HttpStatusCode.OK)
            {
                mismatches.Add($"{href} (\"{text}\") answered {(int)target.Status}");
            }
            else if (text != Normalise(target.H1) || !Normalise(target.Title).StartsWith(text, StringComparison.Ordinal))
            {
                mismatches.Add($"{href}: link \"{text}\", h1 \"{Normalise(target.H1)}\", title \"{Normalise(target.Title)}\"");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static string Normalise(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
