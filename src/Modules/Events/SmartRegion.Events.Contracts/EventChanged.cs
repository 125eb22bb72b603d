using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Events.Contracts;

/// <summary>An event was created, changed, published or cancelled, or a seat was taken or freed. Readers fetch the current state themselves.</summary>
/// <param name="CalendarEventId">The event.</param>
public sealed record EventChanged(Guid CalendarEventId) : IntegrationEvent;
