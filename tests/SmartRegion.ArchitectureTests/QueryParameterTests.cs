using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace SmartRegion.ArchitectureTests;

/// <summary>
/// A page takes what comes in the address as text and reads it itself. The framework converts a query value bound to a
/// number, a flag or an id before the page runs, and throws when the value is not one: anyone could turn a page into a
/// server error by changing the address (<c>?seite=x</c>), as the attack tools did.
/// </summary>
public sealed class QueryParameterTests
{
    [Fact]
    public void every_query_parameter_of_a_page_is_bound_as_text()
    {
        var bound = Solution.Assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null)
            .ToList();
        var typed = bound.Where(p => p.PropertyType != typeof(string) && p.PropertyType != typeof(string[]))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name} ({p.PropertyType.Name})")
            .ToList();

        Assert.NotEmpty(bound);
        Assert.True(typed.Count == 0, "Query parameters bound as something other than text: " + string.Join(", ", typed));
    }
}
