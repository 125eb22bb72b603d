using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;

namespace SmartRegion.TestKit;

#pragma warning disable EF1002 // Table names come from the EF model, not from input.

/// <summary>Deletes all rows of every module table (schema and migrations stay), so each test starts from seed data.</summary>
public static class DatabaseReset
{
    public static async Task ResetAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var type in scope.ServiceProvider.GetRequiredService<ModuleDatabases>().Types)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            var tables = db.Model.GetEntityTypes()
                .Select(e => e.GetTableName())
                .OfType<string>()
                .Distinct()
                .ToList();
            if (tables.Count == 0)
            {
                continue;
            }

            if (db.Database.IsNpgsql())
            {
                var list = string.Join(", ", tables.Select(t => $"\"{t}\""));
                await db.Database.ExecuteSqlRawAsync($"TRUNCATE {list} CASCADE");
            }
            else
            {
                await db.Database.OpenConnectionAsync();
                try
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
                    foreach (var table in tables)
                    {
                        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"");
                    }

                    await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON");
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            }
        }
    }
}
