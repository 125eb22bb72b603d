using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Hub.Contracts.Organisations;

/// <summary>Reads organisations and their members; implemented by the Hub.</summary>
public interface IOrganisationDirectory
{
    /// <summary>True when the person is a member (or the owner) of the organisation.</summary>
    Task<bool> IsMemberAsync(PersonId person, OrganisationId organisation, CancellationToken cancellationToken);

    /// <summary>True when the person owns the organisation.</summary>
    Task<bool> IsOwnerAsync(PersonId person, OrganisationId organisation, CancellationToken cancellationToken);

    /// <summary>The organisations the person belongs to, by name.</summary>
    Task<IReadOnlyList<OrganisationSummary>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken);

    /// <summary>One organisation, or null (<see cref="OrganisationSummary.IsOwner"/> is false).</summary>
    Task<OrganisationSummary?> FindAsync(OrganisationId organisation, CancellationToken cancellationToken);

    /// <summary>
    /// The members (owner first) with a confirmed e-mail address, for notices about the organisation's own business;
    /// empty for an unknown organisation. Never for marketing: the members did not opt in to anything else.
    /// </summary>
    Task<IReadOnlyList<MemberContact>> ListMemberContactsAsync(OrganisationId organisation, CancellationToken cancellationToken);
}
