using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>HSDS <c>GET /organizations/{id}</c>: one compiled organization with its services and locations.</summary>
internal static class GetOrganization
{
    public static async Task<Outcome<JsonObject>> ExecuteAsync(string id, string? fullService, HelpDb db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var full = HsdsQuery.ReadBool(fullService, "full_service", errors);
        if (!errors.IsEmpty)
        {
            return Outcome<JsonObject>.Invalid(errors);
        }

        var organization = await db.Organizations.AsNoTracking().Include(o => o.Phones).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return Outcome<JsonObject>.NotFound($"There is no organization with the id {id}.");
        }

        var serviceIds = await db.Services.Where(s => s.OrganizationId == id).Select(s => s.Id).ToListAsync(ct);
        var file = await HsdsExport.ReadAsync(db, serviceIds, ct);
        return Outcome<JsonObject>.Ok(HsdsCompiled.Organization(organization.ToHsds(), file, full));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/organizations/{id}", async Task<Results<Ok<JsonObject>, ValidationProblem, NotFoundProblem>> (string id, [FromQuery(Name = "full_service")] string? fullService, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, fullService, db, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToNotFound(),
                };
            })
            .AllowAnonymous()
            .WithName("GetHsdsOrganization")
            .WithSummary("HSDS 3.0: one organization with its services (compiled with full_service=true) and locations.");
}
