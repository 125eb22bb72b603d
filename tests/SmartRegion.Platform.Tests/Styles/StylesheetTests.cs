using System.Text.RegularExpressions;

namespace SmartRegion.Platform.Tests.Styles;

/// <summary>
/// The platform's own stylesheets hold only rules something uses: every class they style (<c>.sr-…</c>) is written by
/// a page, a component or the code that draws maps and charts; map styles live in the maps' own stylesheet only.
/// </summary>
public sealed partial class StylesheetTests
{
    [Fact]
    public void every_class_the_platform_styles_is_used_somewhere()
    {
        var root = RepositoryRoot();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var unused = Stylesheets(root)
            .SelectMany(sheet => ClassSelector().Matches(File.ReadAllText(sheet)).Select(m => (Sheet: Path.GetRelativePath(root, sheet), Class: m.Groups[1].Value)))
            .Distinct()
            .Where(c => !sources.Any(s => UsesClass(s, c.Class)))
            .Select(c => $"{c.Sheet}: .{c.Class}")
            .ToList();

        Assert.True(unused.Count == 0, "Styled but used nowhere:\n" + string.Join("\n", unused));
    }

    [Fact]
    public void the_site_stylesheet_leaves_the_maps_to_their_own_stylesheet()
    {
        var site = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "SmartRegion.Web", "wwwroot", "css", "site.css"));

        Assert.DoesNotContain(".sr-map", site, StringComparison.Ordinal);
    }

    /// <summary>A class is used when a source names it whole, not as the start of a longer class name.</summary>
    private static bool UsesClass(string source, string name)
    {
        for (var at = source.IndexOf(name, StringComparison.Ordinal); at >= 0; at = source.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (end == source.Length || !(char.IsLetterOrDigit(source[end]) || source[end] is '_' or '-'))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Stylesheets(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), "*.css", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}wwwroot{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmartRegion.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (SmartRegion.slnx) was not found.");
    }

    [GeneratedRegex(@"\.(sr-[a-zA-Z0-9_-]+)")]
    private static partial Regex ClassSelector();
}
