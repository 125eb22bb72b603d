namespace SmartRegion.Kernel.Outbox;

/// <summary>Reacts to an integration event. Called at least once per event; must be idempotent.</summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    /// <summary>Handles one event.</summary>
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Reacts to the events of one type that one outbox cycle claimed (up to 50) at once: for work that costs the same for
/// one event as for many, like updating an index after an import announced hundreds of changed records. Called at least
/// once per event; must be idempotent. When it fails, every event of the batch stays in the outbox for a later cycle.
/// </summary>
public interface IIntegrationEventBatchHandler<TEvent>
    where TEvent : IntegrationEvent
{
    /// <summary>Handles the events, oldest first.</summary>
    Task HandleAsync(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken);
}
