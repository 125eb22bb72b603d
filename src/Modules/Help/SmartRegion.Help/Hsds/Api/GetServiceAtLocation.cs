using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>HSDS <c>GET /service_at_locations/{id}</c>: one compiled service at a location, with location and service.</summary>
internal static class GetServiceAtLocation
{
    public static async Task<Outcome<JsonObject>> ExecuteAsync(string id, HelpDb db, CancellationToken ct)
    {
        var serviceId = await db.ServiceAtLocations.Where(s => s.Id == id).Select(s => s.ServiceId).SingleOrDefaultAsync(ct);
        if (serviceId is null)
        {
            return Outcome<JsonObject>.NotFound($"There is no service_at_location with the id {id}.");
        }

        var file = await HsdsExport.ReadAsync(db, [serviceId], ct);
        return Outcome<JsonObject>.Ok(HsdsCompiled.ServiceAtLocation(file.ServiceAtLocations.Single(s => s.Id == id), file, withService: true));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/service_at_locations/{id}", async Task<Results<Ok<JsonObject>, NotFoundProblem>> (string id, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToNotFound();
            })
            .AllowAnonymous()
            .WithName("GetHsdsServiceAtLocation")
            .WithSummary("HSDS 3.0: one service at a location with its schedules, location and service.");
}
