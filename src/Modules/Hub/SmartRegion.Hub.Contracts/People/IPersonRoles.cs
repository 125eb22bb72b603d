namespace SmartRegion.Hub.Contracts.People;

/// <summary>
/// A person's roles as they are now, for what a module serves without a session (a calendar feed behind a secret
/// address): the roles in a sign-in cookie are those of the sign-in, and a role taken away must stop what it allowed.
/// </summary>
public interface IPersonRoles
{
    /// <summary>True when the person holds one of the roles (<see cref="HubRoles"/> names) in any municipality.</summary>
    Task<bool> HoldsAnyAsync(PersonId person, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);
}
