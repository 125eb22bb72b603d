using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Organisations;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Privacy;

/// <summary>
/// A person deletes their own account. The person row (and with it roles, logins, tokens, passkeys) goes in the
/// same transaction as the <see cref="PersonDeleted"/> event, so every module is told exactly when it happened.
/// </summary>
internal static class DeleteMyAccount
{
    internal sealed class Request
    {
        public string? Password { get; set; }

        public bool Confirm { get; set; }
    }

    public static async Task<Outcome<PersonId>> ExecuteAsync(
        Request request, PersonId person, UserManager<Person> users, HubDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<PrivacyText> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrEmpty(request.Password), nameof(Request.Password), text["MyData.PasswordRequired"]);
        errors.AddIf(!request.Confirm, nameof(Request.Confirm), text["MyData.ConfirmRequired"]);
        if (!errors.IsEmpty)
        {
            return Outcome<PersonId>.Invalid(errors);
        }

        var account = await users.FindByIdAsync(person.Value.ToString());
        if (account is null || !await users.CheckPasswordAsync(account, request.Password!))
        {
            return Outcome<PersonId>.Invalid(errors.Add(nameof(Request.Password), text["MyData.PasswordWrong"]));
        }

        // Organisations go on without the person: an owner's organisation passes to its longest member, or ends with them.
        var organisations = await db.Set<Organisation>().Include(o => o.Members)
            .Where(o => o.Members.Any(m => m.PersonId == person.Value))
            .ToListAsync(cancellationToken);
        foreach (var organisation in organisations.Where(o => !o.KeepWithout(person.Value)))
        {
            db.Remove(organisation);
        }

        await audit.RecordAsync(new AuditRecord("people.deleted", "person", person.Value.ToString()), cancellationToken);
        db.Publish(new PersonDeleted(person), time.GetUtcNow());
        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("Deleting the account failed: " + string.Join(" ", deleted.Errors.Select(e => e.Code)));
        }

        return Outcome<PersonId>.Ok(person);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/me", async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> (
                [Microsoft.AspNetCore.Mvc.FromBody] Request request, ICurrentPerson current, UserManager<Person> users, SignInManager<Person> signIn, HubDb db,
                IAuditLog audit, TimeProvider time, IStringLocalizer<PrivacyText> text, CancellationToken ct) =>
            {
                if (current.Id is not { } person)
                {
                    return TypedResults.Unauthorized();
                }

                var result = await ExecuteAsync(request, person, users, db, audit, time, text, ct);
                if (!result.IsOk)
                {
                    return result.ToValidationProblem();
                }

                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .WithName("DeleteMyAccount")
            .WithSummary("Deletes the signed-in person's account after checking the password; every module then removes its data.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
