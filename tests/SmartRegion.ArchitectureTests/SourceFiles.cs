namespace SmartRegion.ArchitectureTests;

/// <summary>The platform's C# sources under <c>src/</c>, for rules that are about text rather than types.</summary>
internal static class SourceFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmartRegion.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SmartRegion.slnx) was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (where SmartRegion.slnx is).</summary>
    public static string RootPath => Root.Value;

    /// <summary>Every C# file under <c>src/</c> except generated ones, as a path relative to the repository root with '/'.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Path.Combine(Root.Value, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root.Value, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal));

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root.Value, relative));
}
