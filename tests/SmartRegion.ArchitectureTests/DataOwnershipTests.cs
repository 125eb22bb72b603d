using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;

namespace SmartRegion.ArchitectureTests;

public sealed class DataOwnershipTests
{
    [Fact]
    public void every_table_of_a_module_carries_the_module_prefix()
    {
        using var host = ModuleHosts.Build("Sqlite");
        using var scope = host.Services.CreateScope();

        var contexts = ModuleHosts.Contexts(scope.ServiceProvider).ToList();

        Assert.NotEmpty(contexts);
        foreach (var db in contexts)
        {
            var module = ((IModuleDb)db).ModuleName;
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
            Assert.NotEmpty(tables);
            Assert.All(tables, t => Assert.StartsWith(module + "_", t, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void the_migrations_of_each_provider_match_the_model(string provider)
    {
        using var host = ModuleHosts.Build(provider);
        using var scope = host.Services.CreateScope();

        foreach (var db in ModuleHosts.Contexts(scope.ServiceProvider))
        {
            Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name} on {provider}: run scripts/add-migration.sh");
        }
    }

    [Fact]
    public void every_module_context_has_a_sqlite_and_a_postgres_flavour_for_its_migrations()
    {
        var contexts = Solution.Modules.SelectMany(m => m.GetTypes()).Where(t => typeof(IModuleDb).IsAssignableFrom(t) && !t.IsInterface).ToList();
        var bases = contexts.Where(t => !typeof(IModuleDb).IsAssignableFrom(t.BaseType)).ToList();

        Assert.NotEmpty(bases);
        foreach (var baseType in bases)
        {
            Assert.Contains(contexts, t => t.BaseType == baseType && t.Name.EndsWith("SqliteDb", StringComparison.Ordinal));
            Assert.Contains(contexts, t => t.BaseType == baseType && t.Name.EndsWith("PostgresDb", StringComparison.Ordinal));
        }
    }
}
