using System.Reflection;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;

namespace SmartRegion.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules => [.. Solution.Modules.Select(m => m.GetName().Name!)];

    public static TheoryData<string> Contracts => [.. Solution.Contracts.Select(m => m.GetName().Name!)];

    [Fact]
    public void the_solution_has_the_hub_and_the_portal_modules_with_their_contracts()
    {
        Assert.Contains("SmartRegion.Hub", Solution.Modules.Select(m => m.GetName().Name));
        Assert.Contains("SmartRegion.Portal", Solution.Modules.Select(m => m.GetName().Name));
        Assert.All(Solution.Modules, m => Assert.Contains(Solution.Contracts, c => c.GetName().Name == m.GetName().Name + ".Contracts"));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void a_module_references_only_the_kernel_the_ui_and_contracts(string module)
    {
        var references = Solution.PlatformReferences(Assembly.Load(module)).ToList();

        var forbidden = references.Where(r => r is not ("SmartRegion.Kernel" or "SmartRegion.Ui") && !r.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();
        Assert.True(forbidden.Count == 0, $"{module} references {string.Join(", ", forbidden)}; modules talk through Contracts only.");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void a_module_exposes_one_public_type_besides_its_pages(string module)
    {
        var assembly = Assembly.Load(module);
        var result = Types.InAssembly(assembly)
            .That().ArePublic().And().DoNotInherit(typeof(ComponentBase)).And().DoNotHaveName("_Imports")
            .Should().HaveName(Solution.ModuleName(assembly) + "Module")
            .GetResult();

        Assert.True(result.IsSuccessful, $"Public types in {module}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.NotNull(assembly.GetType($"{module}.{Solution.ModuleName(assembly)}Module"));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void a_module_has_no_layer_folders(string module)
    {
        var result = Types.InAssembly(Assembly.Load(module))
            .ShouldNot().ResideInNamespaceMatching(@"\.(Services|Repositories|Helpers|Managers|Utils)(\.|$)")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void contracts_depend_on_nothing_but_the_kernel(string contracts)
    {
        var references = Solution.PlatformReferences(Assembly.Load(contracts)).ToList();
        var result = Types.InAssembly(Assembly.Load(contracts))
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Components", "SmartRegion.Ui")
            .GetResult();

        Assert.All(references, r => Assert.Equal("SmartRegion.Kernel", r));
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void only_the_hub_opens_accounts_and_grants_roles_unaudited(string module)
    {
        // Account provisioning is for installation setup and tests; a module's use cases go through audited role management.
        var result = Types.InAssembly(Assembly.Load(module))
            .ShouldNot().HaveDependencyOn("SmartRegion.Hub.Contracts.People.IAccountProvisioning")
            .GetResult();

        Assert.True(module == "SmartRegion.Hub" || result.IsSuccessful, $"{module} uses IAccountProvisioning: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void the_kernel_and_the_ui_know_no_module()
    {
        Assert.All(Solution.PlatformReferences(Solution.Kernel), r => Assert.Fail($"Kernel references {r}"));
        Assert.All(Solution.PlatformReferences(Solution.Ui), r => Assert.Equal("SmartRegion.Kernel", r));
    }
}
