using System.Text.RegularExpressions;

namespace SmartRegion.ArchitectureTests;

public sealed partial class InlineStyleTests
{
    [Fact]
    public void no_page_or_component_carries_an_inline_style_the_content_security_policy_would_block()
    {
        // The policy allows styles from the site's own stylesheets only (style-src 'self'): the browser drops a style
        // attribute or a <style> element and reports an error, so the markup silently loses what it meant (line breaks,
        // widths). A class in site.css does the same job.
        var offenders = Directory.EnumerateFiles(Path.Combine(SourceFiles.RootPath, "src"), "*.razor", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (Path: p, Line: i + 1, Text: line)))
            .Where(l => InlineStyle().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(SourceFiles.RootPath, l.Path)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Inline styles, blocked by the Content-Security-Policy; use a class in site.css:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("<p class=\"kern-body\" style=\"white-space: pre-line\">", true)]
    [InlineData("<span style='color: red'>", true)]
    [InlineData("<style>p { color: red }</style>", true)]
    [InlineData("<p class=\"kern-body sr-preserve-lines\">", false)]
    [InlineData("<link rel=\"stylesheet\" href=\"css/site.css\" />", false)]
    public void the_rule_tells_inline_styles_from_classes(string line, bool inline) => Assert.Equal(inline, InlineStyle().IsMatch(line));

    [GeneratedRegex("""\sstyle\s*=\s*["']|<style[\s>]""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
