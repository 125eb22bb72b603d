namespace SmartRegion.Kernel.Outbox;

/// <summary>Reacts to an integration event. Called at least once per event; must be idempotent.</summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    /// <summary>Handles one event.</summary>
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
