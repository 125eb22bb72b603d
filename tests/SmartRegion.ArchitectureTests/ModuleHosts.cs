using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Kernel;
using SmartRegion.Kernel.Database;

namespace SmartRegion.ArchitectureTests;

/// <summary>
/// Every module registered the way the host registers it (its public <c>Add&lt;M&gt;</c>), on either provider, without
/// starting anything: the contexts get the same options and services as in production.
/// </summary>
internal static class ModuleHosts
{
    public static IHost Build(string provider) => Register(provider).Build();

    /// <summary>The registrations before the host is built, for rules about how a service is registered.</summary>
    public static HostApplicationBuilder Register(string provider)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:SmartRegion"] = provider == "Postgres" ? "Host=localhost;Database=model_only" : "Data Source=:memory:",
            ["Storage:DataPath"] = Path.Combine(Path.GetTempPath(), "smartregion-arch"),
        });
        builder.AddKernel();
        foreach (var module in Solution.Modules)
        {
            var add = module.GetType($"{module.GetName().Name}.{Solution.ModuleName(module)}Module")!
                .GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == "Add" + Solution.ModuleName(module));
            add.Invoke(null, [builder]);
        }

        return builder;
    }

    public static IEnumerable<DbContext> Contexts(IServiceProvider services) =>
        services.GetRequiredService<ModuleDatabases>().Types.Select(t => (DbContext)services.GetRequiredService(t));
}
