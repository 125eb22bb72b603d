using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Hands stored events to the handlers of their type: the once-per-cluster ones (plain registrations) or this node's
/// local projections (registered under <see cref="LocalProjections.Key"/>).
/// </summary>
internal static class HandlerCalls
{
    public static IntegrationEvent Read(Type type, Guid id, string payload) =>
        (IntegrationEvent?)JsonSerializer.Deserialize(payload, type, OutboxJson.Options)
        ?? throw new InvalidOperationException($"Outbox message {id} has an empty payload.");

    public static IReadOnlyList<object?> Handlers(IServiceProvider services, Type handlerType, bool local) =>
        local ? [.. services.GetKeyedServices(handlerType, LocalProjections.Key)] : [.. services.GetServices(handlerType)];

    /// <summary>Calls every batch handler of <paramref name="type"/> with the events, oldest first.</summary>
    public static async Task BatchAsync(IServiceProvider services, Type type, IEnumerable<IntegrationEvent> events, bool local, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IIntegrationEventBatchHandler<>).MakeGenericType(type);
        var handlers = Handlers(services, handlerType, local);
        if (handlers.Count == 0)
        {
            return;
        }

        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var integrationEvent in events)
        {
            list.Add(integrationEvent);
        }

        var handle = handlerType.GetMethod(nameof(IIntegrationEventBatchHandler<IntegrationEvent>.HandleAsync))!;
        foreach (var handler in handlers)
        {
            await InvokeAsync(handle, handler, [list, cancellationToken]);
        }
    }

    /// <summary>Calls every single-event handler of the event's type.</summary>
    public static async Task SingleAsync(IServiceProvider services, Type type, IntegrationEvent integrationEvent, bool local, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);
        var handle = handlerType.GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.HandleAsync))!;
        foreach (var handler in Handlers(services, handlerType, local))
        {
            await InvokeAsync(handle, handler, [integrationEvent, cancellationToken]);
        }
    }

    private static Task InvokeAsync(MethodInfo handle, object? handler, object?[] arguments)
    {
        try
        {
            return (Task)handle.Invoke(handler, arguments)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
