using System.Text.Json;

namespace SmartRegion.Kernel.Outbox;

/// <summary>One integration event stored in a module's outbox table.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    /// <summary>The event id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Full name of the event type.</summary>
    public string Type { get; private set; } = "";

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; } = "";

    /// <summary>When the event was written.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When every handler had run; null while pending.</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>How many dispatch attempts failed.</summary>
    public int Attempts { get; private set; }

    /// <summary>The last failure, shortened.</summary>
    public string? LastError { get; private set; }

    /// <summary>The node that holds the message until <see cref="LockedUntil"/>.</summary>
    public string? LockedBy { get; private set; }

    /// <summary>End of the current node's claim.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>Creates the stored form of an event.</summary>
    public static OutboxMessage From(IntegrationEvent integrationEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = type.FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, type, OutboxJson.Options),
            OccurredAt = now,
        };
    }

    internal void MarkProcessed(DateTimeOffset now)
    {
        ProcessedAt = now;
        LockedBy = null;
        LockedUntil = null;
    }

    internal void MarkFailed(Exception error, DateTimeOffset retryAt)
    {
        Attempts++;
        LastError = error.GetType().Name + ": " + error.Message[..Math.Min(error.Message.Length, 1800)];
        LockedBy = null;
        LockedUntil = retryAt;
    }
}
