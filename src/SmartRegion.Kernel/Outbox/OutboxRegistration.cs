using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SmartRegion.Kernel.Outbox;

/// <summary>Registers the outbox dispatcher and integration event handlers.</summary>
public static class OutboxRegistration
{
    /// <summary>Adds the processor and, unless <paramref name="runInBackground"/> is false, the background dispatcher.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, bool runInBackground = true)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        GetTypes(services);
        services.TryAddSingleton<IOutboxProcessor, OutboxProcessor>();
        if (runInBackground)
        {
            services.AddHostedService<OutboxDispatcher>();
        }

        return services;
    }

    /// <summary>Registers a handler of <typeparamref name="TEvent"/> (scoped).</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        GetTypes(services).Add(typeof(TEvent));
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        return services;
    }

    /// <summary>Registers a handler that takes the claimed events of <typeparamref name="TEvent"/> together (scoped).</summary>
    public static IServiceCollection AddIntegrationEventBatchHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventBatchHandler<TEvent>
    {
        GetTypes(services).Add(typeof(TEvent));
        services.AddScoped<IIntegrationEventBatchHandler<TEvent>, THandler>();
        return services;
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
