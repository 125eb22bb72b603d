using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>HSDS <c>GET /services/{id}</c>: one compiled service.</summary>
internal static class GetService
{
    public static async Task<Outcome<JsonObject>> ExecuteAsync(string id, HelpDb db, CancellationToken ct)
    {
        var file = await HsdsExport.ReadAsync(db, [id], ct);
        return file.Services.Count == 0
            ? Outcome<JsonObject>.NotFound($"There is no service with the id {id}.")
            : Outcome<JsonObject>.Ok(HsdsCompiled.Service(file.Services[0], file));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/services/{id}", async Task<Results<Ok<JsonObject>, NotFoundProblem>> (string id, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToNotFound();
            })
            .AllowAnonymous()
            .WithName("GetHsdsService")
            .WithSummary("HSDS 3.0: one service with its organization, service_at_locations (with location and schedules), phones, languages and categories.");
}
