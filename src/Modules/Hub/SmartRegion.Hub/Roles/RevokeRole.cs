using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Roles;

/// <summary>Revokes one role assignment, within the same scope as granting; nobody revokes their own region admin role.</summary>
internal static class RevokeRole
{
    /// <summary>The assignment as the confirmation page shows it, when the person may revoke it.</summary>
    public static async Task<Outcome<RoleAssignmentItem>> FindAsync(Guid id, RoleScope scope, HubDb db, IStringLocalizer<RoleText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var assignment = await db.Set<RoleAssignment>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (assignment is null)
        {
            return Outcome<RoleAssignmentItem>.NotFound(text["Revoke.NotFound"]);
        }

        if (!await scope.MayManageAsync(assignment.Role, assignment.MunicipalityAgs))
        {
            return Outcome<RoleAssignmentItem>.Forbidden(text["Scope.Forbidden"]);
        }

        var person = await db.Set<Person>().AsNoTracking().FirstAsync(p => p.Id == assignment.PersonId, cancellationToken);
        var name = assignment.MunicipalityAgs is null ? null
            : await db.Set<Municipalities.Municipality>().Where(m => m.Ags == assignment.MunicipalityAgs).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);
        return Outcome<RoleAssignmentItem>.Ok(new RoleAssignmentItem(assignment.Id, person.Id, person.Email ?? "", person.DisplayName,
            assignment.Role.ToClaim(), assignment.MunicipalityAgs, name, assignment.GrantedAt));
    }

    public static async Task<Outcome<RoleAssignmentItem>> ExecuteAsync(
        Guid id, RoleScope scope, HubDb db, UserManager<Person> users, IAuditLog audit, IStringLocalizer<RoleText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(audit);
        var found = await FindAsync(id, scope, db, text, cancellationToken);
        if (!found.IsOk)
        {
            return found;
        }

        var item = found.Value!;
        // The last way to lose every region admin is an admin removing themselves; another admin must do it.
        if (item.Role == HubRoles.RegionAdmin && scope.Person.Id?.Value == item.PersonId)
        {
            return Outcome<RoleAssignmentItem>.Conflict(text["Revoke.OwnRegionAdmin"]);
        }

        var person = await users.FindByIdAsync(item.PersonId.ToString());
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Set<RoleAssignment>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
            if (person is not null)
            {
                await users.UpdateSecurityStampAsync(person);
            }

            await audit.RecordAsync(new AuditRecord("roles.revoked", "person", item.PersonId.ToString(), item.MunicipalityAgs, "role=" + item.Role), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return found;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/role-assignments/{id:guid}", async Task<Results<NoContent, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, RoleScope scope, HubDb db, UserManager<Person> users, IAuditLog audit, IStringLocalizer<RoleText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, scope, db, users, audit, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.NoContent(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("RevokeRole")
            .WithSummary("Revokes a role assignment (municipality and region admins, within their scope).")
            .RequireAuthorization(HubPolicies.MunicipalityAdmin);
}
