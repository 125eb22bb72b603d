using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;

namespace SmartRegion.ArchitectureTests;

/// <summary>
/// Endpoints declare their answers in their signature (<c>Results&lt;Ok&lt;T&gt;, ValidationProblem, …&gt;</c>), so the
/// OpenAPI document shows every status they give and the compiler checks each answer against the list.
/// </summary>
public sealed class EndpointResultTests
{
    /// <summary>
    /// Handlers that may answer with a bare <see cref="IResult"/>, by declaring type (and for a method group, its name),
    /// each because its answer's shape is chosen at run time by a protocol or standard rather than by the slice.
    /// </summary>
    private const string OpenIdConnect =
        "OpenID Connect protocol endpoint: its answers are the protocol's sign-in, sign-out, challenge, forbid or redirect, which OpenIddict writes.";

    private static readonly Dictionary<string, string> AllowList = new(StringComparer.Ordinal)
    {
        ["SmartRegion.Hub.SingleSignOn.Authorize.HandleAsync"] = OpenIdConnect,
        ["SmartRegion.Hub.SingleSignOn.Token.MapEndpoint"] = OpenIdConnect,
        ["SmartRegion.Hub.SingleSignOn.UserInfo.MapEndpoint"] = OpenIdConnect,
        ["SmartRegion.Hub.SingleSignOn.EndSession.MapEndpoint"] = OpenIdConnect,
        ["SmartRegion.OpenData.Ckan"] =
            "CKAN Action API: every answer is CKAN's envelope ({success, result | error}) with CKAN's status per error type, built at run time for the client tools that speak CKAN.",
        ["SmartRegion.OpenData.Tabular"] =
            "CKAN DataStore actions: the same CKAN envelope as the Action API.",
        ["SmartRegion.OpenData.Rdf"] =
            "DCAT-AP.de documents: the serialisation (Turtle, RDF/XML, JSON-LD) is chosen from the extension or the Accept header at run time.",
    };

    [Fact]
    public void endpoint_handlers_declare_their_typed_results()
    {
        var bare = Solution.Modules.SelectMany(Handlers)
            .Where(h => IsBare(h.Method.ReturnType) && !AllowList.Keys.Any(k => h.Name == k || h.Name.StartsWith(k + ".", StringComparison.Ordinal)))
            .Select(h => h.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(bare.Count == 0,
            "These endpoint handlers return a bare IResult; declare Results<…> (see CONTRIBUTING.md) or add a reason to the allow-list: "
            + string.Join(", ", bare));
    }

    [Fact]
    public void the_rule_finds_the_mapped_handlers_of_the_slices()
    {
        var names = Solution.Modules.SelectMany(Handlers).Select(h => h.Name).ToHashSet(StringComparer.Ordinal);

        // A lambda mapped in MapEndpoint and a method group mapped by name are both seen, so the rule above bites.
        Assert.Contains("SmartRegion.OpenData.Datasets.CreateDataset.MapEndpoint", names);
        Assert.Contains("SmartRegion.Hub.SingleSignOn.Authorize.HandleAsync", names);
    }

    [Fact]
    public void every_allow_list_entry_names_handlers_that_exist_and_says_why()
    {
        var names = Solution.Modules.SelectMany(Handlers).Where(h => IsBare(h.Method.ReturnType)).Select(h => h.Name).ToList();

        Assert.All(AllowList, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Value));
            Assert.Contains(names, n => n == entry.Key || n.StartsWith(entry.Key + ".", StringComparison.Ordinal));
        });
    }

    /// <summary>
    /// The handlers the slices map: lambdas written inside a <c>Map…</c> method (the compiler names them
    /// <c>&lt;MapEndpoint&gt;b__…</c>) and methods mapped as a method group, named <c>HandleAsync</c> or <c>RespondAsync</c>.
    /// Each is named by its slice and the method it is mapped in, e.g. <c>…Datasets.CreateDataset.MapEndpoint</c>.
    /// </summary>
    private static IEnumerable<(string Name, MethodInfo Method)> Handlers(Assembly module)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var type in module.GetTypes())
        {
            // The endpoint glue the build generates (Request Delegate Generator) calls the slices' handlers; it is not one.
            if (type.Namespace?.StartsWith("Microsoft.AspNetCore.Http.Generated", StringComparison.Ordinal) == true)
            {
                continue;
            }

            var slice = type;
            while (slice.IsDefined(typeof(CompilerGeneratedAttribute), false) && slice.DeclaringType is { } outer)
            {
                slice = outer;
            }

            foreach (var method in type.GetMethods(All))
            {
                if (method.Name.StartsWith("<Map", StringComparison.Ordinal))
                {
                    yield return ($"{slice.FullName}.{method.Name[1..method.Name.IndexOf('>', StringComparison.Ordinal)]}", method);
                }
                else if (method.Name is "HandleAsync" or "RespondAsync")
                {
                    yield return ($"{slice.FullName}.{method.Name}", method);
                }
            }
        }
    }

    private static bool IsBare(Type returned) =>
        returned == typeof(IResult) || returned == typeof(Task<IResult>) || returned == typeof(ValueTask<IResult>);
}
