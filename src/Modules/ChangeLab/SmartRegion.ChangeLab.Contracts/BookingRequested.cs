using SmartRegion.Kernel.Outbox;

namespace SmartRegion.ChangeLab.Contracts;

/// <summary>A booking of a room that needs approval was made and waits for a decision.</summary>
/// <param name="BookingId">The booking.</param>
public sealed record BookingRequested(Guid BookingId) : IntegrationEvent;
