using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>Runs axe-core on the page with the WCAG 2.1 A/AA rules and fails with every violation spelled out.</summary>
internal static class AxeAssert
{
    private static readonly List<string> WcagAa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task NoWcagAaViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagAa },
            // Only violations are reported, so axe skips gathering the nodes of every passed and inapplicable check.
            ResultTypes = [ResultType.Violations],
        });

        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.AppendLine($"{result.Violations.Length} axe-core violation(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine($"    at {node.Target}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
