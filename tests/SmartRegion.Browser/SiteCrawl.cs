using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// Follows every same-origin link of the pages it reaches, from a few starting pages, and hands each HTML page to a check
/// while it is open. Pages of one shape (the same path once the segments that are ids are set aside) are visited at most
/// <see cref="PerShape"/> times, so 52 municipality pages or hundreds of offers cost one visit, not hundreds. A page with
/// a query (search results, a filtered list) is a shape of its own beside the page without one. Several tabs of the one
/// browser context (same cookies, so the same person) work through the pages side by side; which page of a shape is
/// taken first may differ from run to run, every shape is checked in every run.
/// </summary>
internal sealed partial class SiteCrawl(IBrowserContext context, string origin, Func<string, bool> include)
{
    private const int PerShape = 1;

    /// <summary>Tabs open at once: the checks (axe-core above all) wait on the browser, not on this process.</summary>
    private const int Tabs = 3;

    /// <summary>Not pages: machine-readable answers, downloads, the sign-in protocol, and links that change something.</summary>
    private static readonly string[] Skipped =
    [
        "/api/", "/openapi", "/health", "/.well-known", "/connect/", "/catalog.", "/dataset/", "/sprache/", "/_framework", "/_content",
        "/lib/", "/css/", "/js/",
    ];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _shapes = [];
    private readonly HashSet<string> _seen = [];
    private readonly List<string> _visited = [];
    private readonly List<string> _errors = [];
    private readonly System.Threading.Channels.Channel<string> _queue = System.Threading.Channels.Channel.CreateUnbounded<string>();
    private int _pending;

    /// <summary>Every page the crawl opened, path and query.</summary>
    public IReadOnlyList<string> Visited
    {
        get
        {
            lock (_gate)
            {
                return [.. _visited];
            }
        }
    }

    /// <summary>Pages that could not be opened or checked at all (a timeout, a crash), with what went wrong.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Crawls from <paramref name="start"/>; <paramref name="check"/> runs on several tabs at once and must be thread-safe.</summary>
    public async Task RunAsync(IEnumerable<string> start, Func<IPage, string, Task> check)
    {
        foreach (var path in start)
        {
            Offer(path);
        }

        lock (_gate)
        {
            if (_pending == 0)
            {
                _queue.Writer.TryComplete();
            }
        }

        var tabs = new List<IPage>();
        for (var i = 0; i < Tabs; i++)
        {
            tabs.Add(await context.NewPageAsync());
        }

        await Task.WhenAll(tabs.Select(tab => WorkAsync(tab, check)));
    }

    private async Task WorkAsync(IPage page, Func<IPage, string, Task> check)
    {
        await foreach (var path in _queue.Reader.ReadAllAsync())
        {
            try
            {
                await VisitAsync(page, path, check);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                lock (_gate)
                {
                    _errors.Add($"{path}: {e.Message.Split('\n')[0]}");
                }
            }
            finally
            {
                lock (_gate)
                {
                    // The last page done, with nothing left queued: every tab's loop ends.
                    if (--_pending == 0)
                    {
                        _queue.Writer.TryComplete();
                    }
                }
            }
        }
    }

    private async Task VisitAsync(IPage page, string path, Func<IPage, string, Task> check)
    {
        var response = await page.GotoAsync(path);
        if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
        {
            return;
        }

        // A redirect (to the sign-in, after a language switch) lands on a page that is crawled under its own address.
        if (new Uri(page.Url).PathAndQuery != path)
        {
            Offer(new Uri(page.Url).PathAndQuery);
            return;
        }

        lock (_gate)
        {
            _visited.Add(path);
        }

        // SMARTREGION_CRAWL_LOG names a file to follow a long crawl page by page.
        if (Environment.GetEnvironmentVariable("SMARTREGION_CRAWL_LOG") is { Length: > 0 } log)
        {
            lock (_gate)
            {
                File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss} {path}{Environment.NewLine}");
            }
        }

        await check(page, path);
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), document.baseURI).href)");
        foreach (var link in links)
        {
            if (link.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                Offer(new Uri(link).PathAndQuery);
            }
        }
    }

    /// <summary>Queues a path unless it was seen, is not a page, lies outside the crawl, or its shape is taken.</summary>
    private void Offer(string path)
    {
        lock (_gate)
        {
            if (!_seen.Add(path) || IsSkipped(path) || !include(path) || !TakeShape(path))
            {
                return;
            }

            _pending++;
        }

        _queue.Writer.TryWrite(path);
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
