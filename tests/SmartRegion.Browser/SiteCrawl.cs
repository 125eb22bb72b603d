using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// Follows every same-origin link of the pages it reaches, from a few starting pages, and hands each HTML page to a check
/// while it is open. Pages of one shape (the same path once the segments that are ids are set aside) are visited at most
/// <see cref="PerShape"/> times, so 52 municipality pages or hundreds of offers cost one visit, not hundreds. A page with
/// a query (search results, a filtered list) is a shape of its own beside the page without one.
/// </summary>
internal sealed partial class SiteCrawl(IPage page, string origin, Func<string, bool> include)
{
    private const int PerShape = 1;

    /// <summary>Not pages: machine-readable answers, downloads, the sign-in protocol, and links that change something.</summary>
    private static readonly string[] Skipped =
    [
        "/api/", "/openapi", "/health", "/.well-known", "/connect/", "/catalog.", "/dataset/", "/sprache/", "/_framework", "/_content",
        "/lib/", "/css/", "/js/",
    ];

    private readonly Dictionary<string, int> _shapes = [];
    private readonly HashSet<string> _seen = [];

    /// <summary>Every page the crawl opened, path and query.</summary>
    public List<string> Visited { get; } = [];

    public async Task RunAsync(IEnumerable<string> start, Func<IPage, string, Task> check)
    {
        var queue = new Queue<string>(start);
        while (queue.TryDequeue(out var path))
        {
            if (!_seen.Add(path) || IsSkipped(path) || !include(path) || !TakeShape(path))
            {
                continue;
            }

            var response = await page.GotoAsync(path);
            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }

            // A redirect (to the sign-in, after a language switch) lands on a page that is crawled under its own address.
            if (new Uri(page.Url).PathAndQuery != path)
            {
                queue.Enqueue(new Uri(page.Url).PathAndQuery);
                continue;
            }

            Visited.Add(path);
            // SMARTREGION_CRAWL_LOG names a file to follow a long crawl page by page.
            if (Environment.GetEnvironmentVariable("SMARTREGION_CRAWL_LOG") is { Length: > 0 } log)
            {
                await File.AppendAllTextAsync(log, $"{DateTime.UtcNow:HH:mm:ss} {path}{Environment.NewLine}");
            }

            await check(page, path);
            var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), document.baseURI).href)");
            foreach (var link in links)
            {
                if (link.StartsWith(origin + "/", StringComparison.Ordinal))
                {
                    var local = new Uri(link).PathAndQuery;
                    queue.Enqueue(local);
                }
            }
        }
    }

    private static bool IsSkipped(string path) =>
        Skipped.Any(s => path.StartsWith(s, StringComparison.Ordinal))
        || path.Contains("/dateien/", StringComparison.Ordinal)
        || FileEnding().IsMatch(path.Split('?')[0]);

    private bool TakeShape(string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Datasets, events and bookable places are named, not numbered: /daten/{name} is one shape.
        var shape = string.Join('/', segments.Select((s, i) =>
            IdLike().IsMatch(s) || IsName(segments, i) ? "*" : s))
            + (path.Contains('?', StringComparison.Ordinal) ? "?" : "");
        var count = _shapes.GetValueOrDefault(shape);
        _shapes[shape] = count + 1;
        return count < PerShape;
    }

    private static bool IsName(string[] segments, int i) => (segments[0], i, segments[i]) switch
    {
        ("daten", 1, not ("karten" or "tabellen")) => true,
        ("veranstaltungen", 1, not ("monat" or "mein-kalender")) => true,
        ("change-lab", 2, _) when segments[1] == "plaetze" => true,
        _ => false,
    };

    [GeneratedRegex(@"\.(ttl|rdf|jsonld|json|csv|xml|ics|geojson|xlsx|pdf|txt|svg|png)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileEnding();

    [GeneratedRegex(@"\d|^[0-9a-f-]{20,}$")]
    private static partial Regex IdLike();
}
