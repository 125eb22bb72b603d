namespace SmartRegion.Hub.Contracts.People;

/// <summary>
/// Opens accounts and grants roles with no admin at the keyboard: the demo installation's region admin, and the people
/// tests sign in as. Nothing here is audited, because no person acts; people grant and revoke roles through the Hub's
/// role management, which is. Modules must not use it for their own use cases (an architecture test checks).
/// </summary>
public interface IAccountProvisioning
{
    /// <summary>The person with this e-mail address, or null.</summary>
    Task<PersonId?> FindAsync(string email, CancellationToken cancellationToken);

    /// <summary>Opens the account; the password must satisfy the platform's rules.</summary>
    /// <exception cref="ArgumentException">The address is taken or the password or name are refused; the message says why.</exception>
    Task<PersonId> CreateAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>
    /// Grants a role (see <see cref="HubRoles"/>): staff, moderators and municipality admins for one municipality (AGS),
    /// region admins for none. Granting a role the person already holds changes nothing.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown person or role, or a scope that does not fit the role.</exception>
    Task GrantAsync(PersonId person, string role, string? municipalityAgs, CancellationToken cancellationToken);
}

/// <summary>An account to open: the address doubles as the sign-in name.</summary>
/// <param name="Email">The e-mail address.</param>
/// <param name="Password">The password, in plain text only on its way to the hasher.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="EmailConfirmed">False leaves the account waiting for its confirmation link, as after registration.</param>
public sealed record NewAccount(string Email, string Password, string DisplayName, bool EmailConfirmed = true);
