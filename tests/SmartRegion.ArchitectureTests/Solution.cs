using System.Reflection;

namespace SmartRegion.ArchitectureTests;

/// <summary>The platform's assemblies, found by name so that a new module is checked without touching these tests.</summary>
internal static class Solution
{
    private static readonly Lazy<IReadOnlyList<Assembly>> All = new(() =>
        [.. Directory.GetFiles(AppContext.BaseDirectory, "SmartRegion.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.EndsWith("Tests", StringComparison.Ordinal) && n != "SmartRegion.TestKit")
            .Select(n => Assembly.Load(n!))]);

    private static readonly string[] Platform = ["SmartRegion.Kernel", "SmartRegion.Ui", "SmartRegion.Web"];

    /// <summary>Every assembly of the platform: kernel, UI, web host, modules and their contracts.</summary>
    public static IReadOnlyList<Assembly> Assemblies => All.Value;

    /// <summary>The kernel, the UI and the web host, tested together by SmartRegion.Platform.Tests.</summary>
    public static bool IsPlatform(Assembly assembly) => Platform.Contains(assembly.GetName().Name);

    public static Assembly Kernel => ByName("SmartRegion.Kernel");

    public static Assembly Ui => ByName("SmartRegion.Ui");

    /// <summary>Module implementations (SmartRegion.Hub, SmartRegion.Portal, …).</summary>
    public static IReadOnlyList<Assembly> Modules =>
        [.. All.Value.Where(a => !Platform.Contains(a.GetName().Name) && !a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal))];

    public static IReadOnlyList<Assembly> Contracts =>
        [.. All.Value.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal))];

    public static string ModuleName(Assembly module) => module.GetName().Name!["SmartRegion.".Length..];

    public static IEnumerable<string> PlatformReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("SmartRegion.", StringComparison.Ordinal));

    private static Assembly ByName(string name) => All.Value.Single(a => a.GetName().Name == name);
}
