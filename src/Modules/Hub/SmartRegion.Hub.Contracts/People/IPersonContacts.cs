using SmartRegion.Hub.Contracts.Organisations;

namespace SmartRegion.Hub.Contracts.People;

/// <summary>
/// Whom a module may write to about something the person did in it (a request decided, a request waiting for them).
/// Only confirmed addresses are given out; a deleted account has none.
/// </summary>
public interface IPersonContacts
{
    /// <summary>The person's confirmed address, name and language; null when there is none.</summary>
    Task<MemberContact?> FindAsync(PersonId person, CancellationToken cancellationToken);

    /// <summary>
    /// The administrators of a municipality with a confirmed address; when it has none, the region administrators, so a
    /// request never waits unseen.
    /// </summary>
    Task<IReadOnlyList<MemberContact>> ListAdministratorsAsync(string municipalityAgs, CancellationToken cancellationToken);
}
