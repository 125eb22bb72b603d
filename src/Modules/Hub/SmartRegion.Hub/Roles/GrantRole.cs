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
using SmartRegion.Hub.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Roles;

/// <summary>
/// Grants a role to a person, found by e-mail address, for one municipality (region admin: unscoped). Region admins
/// grant every role; a municipality admin grants staff and moderators of their own municipalities only.
/// </summary>
internal static class GrantRole
{
    internal sealed class Request
    {
        public string? Email { get; set; }

        public string? Role { get; set; }

        public string? MunicipalityAgs { get; set; }
    }

    public static async Task<Outcome<RoleAssignmentItem>> ExecuteAsync(
        Request request, RoleScope scope, HubDb db, UserManager<Person> users, IAuditLog audit, TimeProvider time,
        IStringLocalizer<RoleText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        var errors = new ValidationErrors();
        var email = request.Email?.Trim();
        errors.AddIf(string.IsNullOrEmpty(email) || email.Length > 254, nameof(Request.Email), text["Grant.Email.Required"]);
        var role = HubRoleNames.Parse(request.Role?.Trim());
        errors.AddIf(role is null, nameof(Request.Role), text["Grant.Role.Required"]);
        var ags = string.IsNullOrWhiteSpace(request.MunicipalityAgs) ? null : request.MunicipalityAgs.Trim();
        if (role is not null and not HubRole.RegionAdmin)
        {
            var known = ags is not null && Contracts.Municipalities.Ags.IsWellFormed(ags)
                && await db.Set<Municipality>().AnyAsync(m => m.Ags == ags, cancellationToken);
            errors.AddIf(!known, nameof(Request.MunicipalityAgs), text["Grant.Municipality.Required"]);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<RoleAssignmentItem>.Invalid(errors);
        }

        var scopedAgs = role == HubRole.RegionAdmin ? null : ags;
        if (!await scope.MayManageAsync(role!.Value, scopedAgs))
        {
            // The form shows this refusal on the page, where no 403 reaches the audit's authorization handler.
            await audit.RecordAsync(new AuditRecord("roles.grant.denied", "role", role.Value.ToClaim(), scopedAgs), cancellationToken);
            return Outcome<RoleAssignmentItem>.Forbidden(text["Scope.Forbidden"]);
        }

        // Only municipality and region admins reach this point, and they must know whom they are giving a role to;
        // so unlike the public forms (sign-in, registration) this message may say that no account has the address.
        var person = await users.FindByEmailAsync(email!);
        if (person is null)
        {
            return Outcome<RoleAssignmentItem>.Invalid(errors.Add(nameof(Request.Email), text["Grant.Email.Unknown"]));
        }

        if (await db.Set<RoleAssignment>().AnyAsync(r => r.PersonId == person.Id && r.Role == role && r.MunicipalityAgs == scopedAgs, cancellationToken))
        {
            return Outcome<RoleAssignmentItem>.Conflict(text["Grant.Exists"]);
        }

        var assignment = RoleAssignment.Grant(person.Id, role.Value, scopedAgs, scope.Person.Id?.Value, time.GetUtcNow());
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Set<RoleAssignment>().Add(assignment);
            // A new stamp makes the person's sessions pick up the change at their next check (see RoleRegistration).
            await users.UpdateSecurityStampAsync(person);
            await audit.RecordAsync(new AuditRecord("roles.granted", "person", person.Id.ToString(), scopedAgs, "role=" + role.Value.ToClaim()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var name = scopedAgs is null ? null : await db.Set<Municipality>().Where(m => m.Ags == scopedAgs).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);
        return Outcome<RoleAssignmentItem>.Ok(new RoleAssignmentItem(
            assignment.Id, person.Id, person.Email ?? "", person.DisplayName, role.Value.ToClaim(), scopedAgs, name, assignment.GrantedAt));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/role-assignments", async Task<Results<Created<RoleAssignmentItem>, ValidationProblem, ForbiddenProblem, ConflictProblem>> (
                Request request, RoleScope scope, HubDb db, UserManager<Person> users, IAuditLog audit, TimeProvider time,
                IStringLocalizer<RoleText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, scope, db, users, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/hub/role-assignments/{outcome.Value!.Id}", outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("GrantRole")
            .WithSummary("Grants a role to a person by e-mail address (municipality and region admins, within their scope).")
            .RequireAuthorization(HubPolicies.MunicipalityAdmin);
}
