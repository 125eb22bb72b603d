using System.Reflection;
using System.Runtime.CompilerServices;

namespace SmartRegion.ArchitectureTests;

/// <summary>
/// A module's internals are for its own tests only. Tests of another module that reach into them couple both modules
/// behind the contracts' back; they get what they need through contracts, HTTP and the TestKit (its persona kit).
/// </summary>
public sealed class InternalsVisibilityTests
{
    /// <summary>Grants beyond the own test project, each with the reason it is needed.</summary>
    private static readonly Dictionary<(string Assembly, string Grantee), string> Allowed = new()
    {
        // The test host boots the web host's Program, which top-level statements make internal.
        [("SmartRegion.Web", "SmartRegion.TestKit")] = "WebApplicationFactory<Program> in the TestKit",
        // The search benchmark measures relevance and speed of the search itself, without a web host around it.
        [("SmartRegion.Help", "HelpSearch")] = "bench/HelpSearch",
        // The datastore benchmark loads and queries tables through the import directly, to time the store alone.
        [("SmartRegion.OpenData", "SmartRegion.Bench.Datastore")] = "bench/Datastore",
    };

    public static TheoryData<string> Assemblies => [.. Solution.Assemblies.Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void an_assembly_shows_its_internals_only_to_its_own_test_project(string name)
    {
        var assembly = Solution.Assemblies.Single(a => a.GetName().Name == name);
        var own = OwnTests(assembly);
        var foreign = Grantees(assembly).Where(g => g != own && !Allowed.ContainsKey((name, g))).ToList();

        Assert.True(foreign.Count == 0,
            $"{name} grants InternalsVisibleTo to {string.Join(", ", foreign)}; only {own} may see its internals. "
            + "Other tests reach it through its contracts, its HTTP endpoints and the TestKit.");
    }

    [Fact]
    public void every_allowed_exception_is_still_in_use()
    {
        foreach (var ((assembly, grantee), reason) in Allowed)
        {
            Assert.True(Grantees(Solution.Assemblies.Single(a => a.GetName().Name == assembly)).Contains(grantee),
                $"{assembly} no longer grants {grantee} ({reason}); drop the exception.");
        }
    }

    /// <summary>Modules are tested by <c>&lt;Module&gt;.Tests</c>; the kernel, the UI and the web host by the platform's tests.</summary>
    private static string OwnTests(Assembly assembly) =>
        Solution.IsPlatform(assembly) ? "SmartRegion.Platform.Tests" : assembly.GetName().Name + ".Tests";

    // The attribute may carry a public key after a comma; the name is what decides.
    private static IEnumerable<string> Grantees(Assembly assembly) =>
        assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim());
}
