using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// What the crawls check on every page they open, with its stylesheets applied: nothing blocked by the
/// Content-Security-Policy, the page's language, a meta description, no sideways scrolling on a 320 px wide phone
/// (WCAG 1.4.10), and axe-core at 320 px and at 1280 px. Every failure of every page is collected (from several tabs at
/// once) and reported together.
/// </summary>
internal sealed class SiteCrawlChecks(string language)
{
    private readonly Lock _gate = new();
    private readonly List<string> _failures = [];

    /// <summary>Fails with every failure of every page, and every page the crawl could not open.</summary>
    public void AssertNone(SiteCrawl crawl)
    {
        List<string> all;
        lock (_gate)
        {
            all = [.. _failures, .. crawl.Errors];
        }

        Assert.True(all.Count == 0, $"{all.Count} failure(s) on {crawl.Visited.Count} pages:\n" + string.Join(Environment.NewLine, all));
    }

    private void Add(string failure)
    {
        lock (_gate)
        {
            _failures.Add(failure);
        }
    }

    /// <summary>
    /// Makes every page of <paramref name="context"/> note what the Content-Security-Policy blocked (an inline style or
    /// script, a request elsewhere): the browser drops it silently, so the page no longer looks or works as meant.
    /// </summary>
    public static Task RecordPolicyViolationsAsync(IBrowserContext context) => context.AddInitScriptAsync("""
        window.__srPolicyViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__srPolicyViolations.push(
          e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at line ' + e.lineNumber));
        """);

    public async Task CheckAsync(IPage page, string path)
    {
        foreach (var violation in await page.EvaluateAsync<string[]>("() => window.__srPolicyViolations ?? []"))
        {
            Add($"{path}: Content-Security-Policy {violation}");
        }

        if (await page.Locator("html").GetAttributeAsync("lang") != language)
        {
            Add($"{path}: html lang is not '{language}'");
        }

        try
        {
            // axe on an unstyled page proves little.
            await StyleAssert.AllStylesheetsAppliedAsync(page);
        }
        catch (Exception e) when (e.GetType().Name == "TrueException")
        {
            Add($"{path}: {e.Message}");
        }

        // Closed filters and boxes are opened, so their content is measured and checked too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.SetViewportSizeAsync(320, 640);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (widths[0] > widths[1])
        {
            var widest = await page.EvaluateAsync<string>(WidestElement);
            Add($"{path}: {widths[0]} px wide in a {widths[1]} px viewport (widest: {widest})");
        }

        if (string.IsNullOrWhiteSpace(await page.EvaluateAsync<string>("() => document.querySelector('head meta[name=description]')?.content ?? ''")))
        {
            Add($"{path}: no meta description");
        }

        await AxeAsync(page, path, "320 px");
        await page.SetViewportSizeAsync(1280, 900);
        await AxeAsync(page, path, "1280 px");
    }

    private async Task AxeAsync(IPage page, string path, string width)
    {
        try
        {
            await AxeAssert.NoWcagAaViolationsAsync(page);
        }
        catch (Exception e) when (e.GetType().Name == "FailException")
        {
            Add($"{path} at {width}: {e.Message}");
        }
    }

    /// <summary>The innermost element that reaches past the viewport's right edge, for the failure message.</summary>
    private const string WidestElement = """
        () => {
          const over = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
            && !e.closest('.kern-table-responsive') && !e.closest('.sr-skip-link'));
          const inner = over.filter(e => !over.some(o => o !== e && e.contains(o)));
          return inner.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"').join(' | ');
        }
        """;
}
