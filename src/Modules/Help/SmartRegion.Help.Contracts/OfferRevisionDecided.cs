using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Help.Contracts;

/// <summary>
/// Staff approved or rejected a proposed change of an offer (or a proposed new offer). Carries the revision's id;
/// readers fetch its current state themselves.
/// </summary>
/// <param name="RevisionId">The id of the revision that was decided.</param>
public sealed record OfferRevisionDecided(Guid RevisionId) : IntegrationEvent;
