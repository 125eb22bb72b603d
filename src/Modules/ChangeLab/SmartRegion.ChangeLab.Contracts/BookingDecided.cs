using SmartRegion.Kernel.Outbox;

namespace SmartRegion.ChangeLab.Contracts;

/// <summary>An approver accepted or declined a booking; readers fetch the decision themselves.</summary>
/// <param name="BookingId">The booking.</param>
public sealed record BookingDecided(Guid BookingId) : IntegrationEvent;
