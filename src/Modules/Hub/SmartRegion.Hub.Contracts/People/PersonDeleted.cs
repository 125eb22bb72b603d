using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Hub.Contracts.People;

/// <summary>
/// A person deleted their account. Every module removes or anonymises what it holds about the person when it
/// receives this event (delivered at least once: handlers must be idempotent).
/// </summary>
/// <param name="PersonId">The deleted person.</param>
public sealed record PersonDeleted(PersonId PersonId) : IntegrationEvent;
