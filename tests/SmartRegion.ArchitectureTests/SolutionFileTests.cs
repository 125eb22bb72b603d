using System.Text.Json;
using System.Xml.Linq;

namespace SmartRegion.ArchitectureTests;

/// <summary>
/// Every project is built by the solution (so CI compiles it), and every test project that uses a database runs on
/// PostgreSQL too: a project left out of either would rot unseen.
/// </summary>
public sealed class SolutionFileTests
{
    private static readonly string[] Folders = ["src", "tests", "bench"];

    /// <summary>Test projects that never open a database of their own: the rules here, and the browser journeys against one host.</summary>
    private static readonly string[] WithoutDatabase = ["SmartRegion.ArchitectureTests", "SmartRegion.Browser", "SmartRegion.TestKit"];

    [Fact]
    public void every_project_in_the_repository_is_in_the_solution()
    {
        var listed = SolutionProjects();
        var missing = ProjectFiles().Where(p => !listed.Contains(p)).ToList();

        Assert.True(missing.Count == 0, $"Not in SmartRegion.slnx, so never built by CI: {string.Join(", ", missing)}");
    }

    [Fact]
    public void every_database_test_project_runs_on_postgresql_too()
    {
        using var filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(SourceFiles.RootPath, "SmartRegion.Postgres.slnf")));
        var listed = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray().Select(p => p.GetString()!).ToHashSet();
        var missing = ProjectFiles()
            .Where(p => p.StartsWith("tests/", StringComparison.Ordinal))
            .Where(p => !WithoutDatabase.Contains(Path.GetFileNameWithoutExtension(p)))
            .Where(p => !listed.Contains(p))
            .ToList();

        Assert.True(missing.Count == 0, $"Not in SmartRegion.Postgres.slnf, so never run on PostgreSQL: {string.Join(", ", missing)}");
    }

    private static HashSet<string> SolutionProjects() =>
        XDocument.Load(Path.Combine(SourceFiles.RootPath, "SmartRegion.slnx"))
            .Descendants("Project")
            .Select(p => (string)p.Attribute("Path")!)
            .ToHashSet();

    private static List<string> ProjectFiles() =>
        [.. Folders
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(SourceFiles.RootPath, f), "*.csproj", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(SourceFiles.RootPath, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
