using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Participation.Contracts;

/// <summary>
/// A participation process was created or changed (its text, phases, projects, or a new vote count). Readers fetch
/// the current state themselves.
/// </summary>
/// <param name="ProcessId">The process.</param>
public sealed record ProcessChanged(Guid ProcessId) : IntegrationEvent;
