using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Registers the outbox dispatcher and integration event handlers in one of two delivery modes: once per cluster
/// (<c>AddIntegrationEventHandler</c>: side effects — mail, audit, another module's data) or on every node
/// (<c>AddLocalProjection</c>: node-local state — indexes, caches, derived files; handlers marked
/// <see cref="LocalProjectionAttribute"/>).
/// </summary>
public static class OutboxRegistration
{
    /// <summary>Adds the processor and, unless <paramref name="runInBackground"/> is false, the background dispatcher.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration, bool runInBackground = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton(OutboxOptions.From(configuration));
        GetTypes(services);
        services.TryAddSingleton<LocalProjectionFeed>();
        services.TryAddSingleton<LocalProjectionReadiness>();
        services.AddHostedService(sp => sp.GetRequiredService<LocalProjectionReadiness>());
        services.AddHealthChecks().AddCheck<LocalProjectionReadiness>("local-projections", tags: ["ready"]);
        services.TryAddSingleton<IOutboxProcessor, OutboxProcessor>();
        services.TryAddSingleton<OutboxCleanup>();
        if (runInBackground)
        {
            services.AddHostedService<OutboxDispatcher>();
            services.AddHostedService<OutboxCleanupJob>();
            var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
            if (database.Provider == DatabaseProvider.Postgres && !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStrings.Name)))
            {
                services.AddHostedService(sp => new PostgresOutboxListener(
                    configuration.GetConnectionString(ConnectionStrings.Name)!,
                    sp.GetRequiredService<OutboxSignal>(),
                    sp.GetRequiredService<ILogger<PostgresOutboxListener>>()));
            }
        }

        return services;
    }

    /// <summary>Registers a once-per-cluster handler of <typeparamref name="TEvent"/> (scoped).</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        RefuseLocalProjection(typeof(THandler));
        GetTypes(services).Add(typeof(TEvent));
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        return services;
    }

    /// <summary>Registers a once-per-cluster handler that takes the claimed events of <typeparamref name="TEvent"/> together (scoped).</summary>
    public static IServiceCollection AddIntegrationEventBatchHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventBatchHandler<TEvent>
    {
        RefuseLocalProjection(typeof(THandler));
        GetTypes(services).Add(typeof(TEvent));
        services.AddScoped<IIntegrationEventBatchHandler<TEvent>, THandler>();
        return services;
    }

    /// <summary>Registers a handler of <typeparamref name="TEvent"/> that every node runs for every event (scoped).</summary>
    public static IServiceCollection AddLocalProjection<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        AddLocalEventType(services, typeof(TEvent), typeof(THandler));
        services.AddKeyedScoped<IIntegrationEventHandler<TEvent>, THandler>(LocalProjections.Key);
        return services;
    }

    /// <summary>Registers a handler that every node runs for the events of <typeparamref name="TEvent"/>, taken together (scoped).</summary>
    public static IServiceCollection AddLocalProjectionBatch<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventBatchHandler<TEvent>
    {
        AddLocalEventType(services, typeof(TEvent), typeof(THandler));
        services.AddKeyedScoped<IIntegrationEventBatchHandler<TEvent>, THandler>(LocalProjections.Key);
        return services;
    }

    private static void RefuseLocalProjection(Type handler)
    {
        if (LocalProjections.IsMarked(handler))
        {
            throw new InvalidOperationException(
                $"{handler.Name} keeps node-local state current; register it with AddLocalProjection so that every node runs it.");
        }
    }

    private static void AddLocalEventType(IServiceCollection services, Type eventType, Type handler)
    {
        if (!LocalProjections.IsMarked(handler))
        {
            throw new InvalidOperationException(
                $"{handler.Name} is registered to run on every node; mark it [LocalProjection] so that readers see why.");
        }

        var types = GetTypes(services);
        types.Add(eventType);
        types.HasLocalProjections = true;
    }

    private static IntegrationEventTypes GetTypes(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(IntegrationEventTypes))?.ImplementationInstance is IntegrationEventTypes types)
        {
            return types;
        }

        types = new IntegrationEventTypes();
        services.AddSingleton(types);
        return types;
    }
}
