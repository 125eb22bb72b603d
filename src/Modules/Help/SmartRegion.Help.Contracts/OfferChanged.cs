using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Help.Contracts;

/// <summary>
/// A support offer (HSDS service) was created, changed or removed, or something it shows changed (its organisation,
/// a location, opening hours). Receivers read the offer again by id; a missing offer means it is gone.
/// </summary>
/// <param name="ServiceId">The HSDS service id.</param>
public sealed record OfferChanged(string ServiceId) : IntegrationEvent;
