namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// A fact one module tells the others. Declared in a module's Contracts project; delivered at least once,
/// so handlers must be idempotent.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique id of this occurrence; handlers may use it to detect repeats.</summary>
    public Guid EventId { get; init; } = Guid.NewGuid();
}
