namespace SmartRegion.Hub.Contracts.Organisations;

/// <summary>An organisation as other modules see it.</summary>
/// <param name="Id">The organisation's id.</param>
/// <param name="Name">Its name, e.g. <c>Nachbarschaftshilfe Höchberg e.V.</c>.</param>
/// <param name="Kind"><c>provider</c> (of help offers), <c>club</c> or <c>office</c> (of a municipality).</param>
/// <param name="MunicipalityAgs">The municipality it belongs to, when it belongs to one.</param>
/// <param name="IsOwner">True when the person asked about owns the organisation (in person-centred lists).</param>
public sealed record OrganisationSummary(OrganisationId Id, string Name, string Kind, string? MunicipalityAgs, bool IsOwner);
