using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Database;

namespace SmartRegion.ArchitectureTests;

public sealed class DataOwnershipTests
{
    public static TheoryData<string> Contexts =>
        [.. Solution.Modules.SelectMany(m => m.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(ModuleDbContext)) && !t.IsAbstract && t.Name.EndsWith("SqliteDb", StringComparison.Ordinal))
            .Select(t => t.AssemblyQualifiedName!)];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void every_table_of_a_module_carries_the_module_prefix(string contextType)
    {
        var type = Type.GetType(contextType, throwOnError: true)!;
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        var options = builder.UseSqlite("Data Source=:memory:").Options;
        using var db = (ModuleDbContext)Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [options], null)!;

        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.StartsWith(db.ModuleName + "_", t, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void the_migrations_of_both_providers_match_the_model(string sqliteContextType)
    {
        var sqlite = Type.GetType(sqliteContextType, throwOnError: true)!;
        var postgres = sqlite.Assembly.GetType(sqlite.FullName!.Replace("SqliteDb", "PostgresDb", StringComparison.Ordinal), throwOnError: true)!;

        using var onSqlite = Create(sqlite, b => b.UseSqlite("Data Source=:memory:"));
        using var onPostgres = Create(postgres, b => b.UseNpgsql("Host=localhost;Database=model_only"));

        Assert.False(onSqlite.Database.HasPendingModelChanges(), $"{sqlite.Name}: run scripts/add-migration.sh");
        Assert.False(onPostgres.Database.HasPendingModelChanges(), $"{postgres.Name}: run scripts/add-migration.sh");
    }

    private static ModuleDbContext Create(Type type, Action<DbContextOptionsBuilder> configure)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        configure(builder);
        return (ModuleDbContext)Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [builder.Options], null)!;
    }

    [Fact]
    public void every_module_context_has_a_sqlite_and_a_postgres_flavour_for_its_migrations()
    {
        var contexts = Solution.Modules.SelectMany(m => m.GetTypes()).Where(t => t.IsSubclassOf(typeof(ModuleDbContext))).ToList();
        var bases = contexts.Where(t => t.BaseType == typeof(ModuleDbContext)).ToList();

        Assert.NotEmpty(bases);
        foreach (var baseType in bases)
        {
            Assert.Contains(contexts, t => t.BaseType == baseType && t.Name.EndsWith("SqliteDb", StringComparison.Ordinal));
            Assert.Contains(contexts, t => t.BaseType == baseType && t.Name.EndsWith("PostgresDb", StringComparison.Ordinal));
        }
    }
}
