using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Help.Contracts;

/// <summary>
/// A service (support offer) of the help directory was inserted, updated or deleted, or something it shows changed
/// (its organization, a location, a service-at-location link). Carries the HSDS id of the service; readers fetch the
/// current state themselves (it may be gone).
/// </summary>
/// <param name="ServiceId">The HSDS id of the service.</param>
public sealed record OfferChanged(string ServiceId) : IntegrationEvent;
