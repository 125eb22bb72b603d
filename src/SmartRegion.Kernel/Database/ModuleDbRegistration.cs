using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Kernel.Database;

/// <summary>Registers a module's <see cref="ModuleDbContext"/> on the configured provider.</summary>
public static class ModuleDbRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TDb"/> for slices to inject, implemented by the provider-specific subclass
    /// that carries that provider's migrations. Interceptors registered as <see cref="IInterceptor"/> apply to every
    /// module's database.
    /// </summary>
    public static IHostApplicationBuilder AddModuleDb<TDb, TSqlite, TPostgres>(this IHostApplicationBuilder builder, string module)
        where TDb : DbContext, IModuleDb
        where TSqlite : TDb
        where TPostgres : TDb
    {
        ArgumentNullException.ThrowIfNull(builder);
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var historyTable = $"__{module}_migrations";

        builder.Services.AddKernelDatabase();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<TDb, TPostgres>((sp, options) => options
                .UseNpgsql(ConnectionStrings.Resolve(builder.Configuration, database, storage), o => o.MigrationsHistoryTable(historyTable))
                .AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>())
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            builder.Services.AddDbContext<TDb, TSqlite>((sp, options) => options
                .UseSqlite(ConnectionStrings.Resolve(builder.Configuration, database, storage), o => o.MigrationsHistoryTable(historyTable))
                .AddInterceptors(new SqlitePragmas(database.SqliteBusyTimeoutMs), sp.GetRequiredService<OutboxSignalInterceptor>())
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }

        GetRegistry(builder.Services).Add(typeof(TDb));
        builder.Services.AddHealthChecks()
            .AddCheck<MigrationsAppliedCheck<TDb>>($"{module}-database", tags: ["ready"]);
        return builder;
    }

    private static ModuleDatabases GetRegistry(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(ModuleDatabases))?.ImplementationInstance;
        if (existing is ModuleDatabases registry)
        {
            return registry;
        }

        registry = new ModuleDatabases();
        services.AddSingleton(registry);
        return registry;
    }

    private static void AddKernelDatabase(this IServiceCollection services)
    {
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxSignalInterceptor>();
    }
}
