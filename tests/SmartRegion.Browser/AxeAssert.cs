using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// Runs axe-core on the page with the WCAG 2.1 A/AA rules and fails with every violation spelled out.
/// </summary>
/// <remarks>
/// The platform's pages have no frames, so axe-core (the script bundled in Deque.AxeCore.Commons) runs once in the page
/// itself and stays there for a second run at another width. The Playwright wrapper's frame-by-frame run with a second
/// page for the final step took about nine times as long, and the crawls run axe on every page twice.
/// </remarks>
internal static class AxeAssert
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async () => {
          const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            // Only violations are reported, so axe skips gathering the nodes of every passed and inapplicable check.
            resultTypes: ['violations'],
          });
          return result.violations.map(v => ({
            id: v.id, impact: v.impact ?? '', help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(', '), html: n.html })),
          }));
        }
        """;

    public static async Task NoWcagAaViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        if (violations.Count == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.AppendLine($"{violations.Count} axe-core violation(s) on {page.Url}:");
        foreach (var violation in violations)
        {
            report.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine($"    at {node.Target}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }

    /// <summary>The WCAG 2.1 A/AA violations axe-core finds on the page as it is now.</summary>
    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply to axe itself.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var json = await page.EvaluateAsync<JsonElement>(Run);
        return json.Deserialize<List<Violation>>(JsonOptions) ?? [];
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    internal sealed record Violation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<ViolationNode> Nodes);

    internal sealed record ViolationNode(string Target, string Html);
}
