using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Roles;

namespace SmartRegion.Hub.Accounts;

/// <summary>Opens accounts and grants roles through the same account store and rules as registration and role management.</summary>
internal sealed class AccountProvisioning(UserManager<Person> users, HubDb db, TimeProvider time) : IAccountProvisioning
{
    public async Task<PersonId?> FindAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is { } person ? new PersonId(person.Id) : null;

    public async Task<PersonId> CreateAsync(NewAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var person = new Person
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = account.EmailConfirmed,
            DisplayName = account.DisplayName,
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(person, account.Password);
        if (!created.Succeeded)
        {
            throw new ArgumentException(string.Join(" ", created.Errors.Select(e => e.Description)), nameof(account));
        }

        return new PersonId(person.Id);
    }

    public async Task GrantAsync(PersonId person, string role, string? municipalityAgs, CancellationToken cancellationToken)
    {
        var parsed = HubRoleNames.Parse(role) ?? throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        if (parsed == HubRole.RegionAdmin && municipalityAgs is not null)
        {
            throw new ArgumentException("Region admins act for the whole region, not for one municipality.", nameof(municipalityAgs));
        }

        if (!await users.Users.AnyAsync(p => p.Id == person.Value, cancellationToken))
        {
            throw new ArgumentException($"No person {person}.", nameof(person));
        }

        if (await db.RoleAssignments.AnyAsync(r => r.PersonId == person.Value && r.Role == parsed && r.MunicipalityAgs == municipalityAgs, cancellationToken))
        {
            return;
        }

        // Grant checks the municipality's key is well-formed for every scoped role.
        db.RoleAssignments.Add(RoleAssignment.Grant(person.Value, parsed, municipalityAgs, null, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
