namespace SmartRegion.Kernel.Outbox;

/// <summary>Maps stored event type names back to the event types that have handlers in this host.</summary>
internal sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    /// <summary>Whether any handler is registered to run on every node; without one, no node reads the outbox for itself.</summary>
    public bool HasLocalProjections { get; set; }

    public void Add(Type type) => _types[type.FullName!] = type;

    public Type? Find(string name) => _types.GetValueOrDefault(name);
}
