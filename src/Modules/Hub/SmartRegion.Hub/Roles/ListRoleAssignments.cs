using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Roles;

/// <summary>
/// Lists who holds which role, limited to the municipalities the viewer administers (region admins see all);
/// with a municipality given, only that one, and only when the viewer administers it.
/// </summary>
internal static class ListRoleAssignments
{
    public static async Task<Outcome<IReadOnlyList<RoleAssignmentItem>>> ExecuteAsync(
        string? municipality, RoleScope scope, HubDb db, IStringLocalizer<RoleText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var query = db.Set<RoleAssignment>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(municipality))
        {
            var ags = municipality.Trim();
            if (!Ags.IsWellFormed(ags))
            {
                return Outcome<IReadOnlyList<RoleAssignmentItem>>.Invalid(new ValidationErrors().Add("municipality", text["Municipality.Invalid"]));
            }

            if (!await db.Set<Municipality>().AnyAsync(m => m.Ags == ags, cancellationToken))
            {
                return Outcome<IReadOnlyList<RoleAssignmentItem>>.NotFound(text["Municipality.Unknown"]);
            }

            if (!await scope.AdministersAsync(ags))
            {
                return Outcome<IReadOnlyList<RoleAssignmentItem>>.Forbidden(text["Scope.Forbidden"]);
            }

            query = query.Where(r => r.MunicipalityAgs == ags);
        }
        else if (scope.AdministeredMunicipalities is { } mine)
        {
            query = query.Where(r => r.MunicipalityAgs != null && mine.Contains(r.MunicipalityAgs));
        }

        var rows = await (
                from r in query
                join p in db.Set<Person>() on r.PersonId equals p.Id
                join m in db.Set<Municipality>() on r.MunicipalityAgs equals m.Ags into ms
                from m in ms.DefaultIfEmpty()
                orderby m.Name, p.DisplayName, p.Email
                select new { r.Id, r.PersonId, p.Email, p.DisplayName, r.Role, r.MunicipalityAgs, MunicipalityName = m == null ? null : m.Name, r.GrantedAt })
            .ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<RoleAssignmentItem>>.Ok([.. rows.Select(r =>
            new RoleAssignmentItem(r.Id, r.PersonId, r.Email ?? "", r.DisplayName, r.Role.ToClaim(), r.MunicipalityAgs, r.MunicipalityName, r.GrantedAt))]);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/role-assignments", async Task<Results<Ok<IReadOnlyList<RoleAssignmentItem>>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                string? municipality, RoleScope scope, HubDb db, IStringLocalizer<RoleText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(municipality, scope, db, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("ListRoleAssignments")
            .WithSummary("Lists role assignments in the municipalities the caller administers (municipality and region admins).")
            .RequireAuthorization(HubPolicies.MunicipalityAdmin);
}
