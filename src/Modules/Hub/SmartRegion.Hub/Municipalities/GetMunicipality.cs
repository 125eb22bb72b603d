using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Hub.Municipalities;

/// <summary>One municipality by its AGS.</summary>
internal static class GetMunicipality
{
    public static async Task<MunicipalitySummary?> ExecuteAsync(string ags, HubDb db, CancellationToken cancellationToken)
    {
        if (!Ags.IsWellFormed(ags))
        {
            return null;
        }

        var row = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Ags == ags, cancellationToken);
        return row?.ToSummary();
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/municipalities/{ags}", async Task<Results<Ok<MunicipalitySummary>, ValidationProblem, ProblemHttpResult>> (string ags, HubDb db, CancellationToken ct) =>
            {
                if (!Ags.IsWellFormed(ags))
                {
                    return TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { ["ags"] = ["An AGS has exactly eight digits, e.g. 09679185."] });
                }

                var municipality = await ExecuteAsync(ags, db, ct);
                return municipality is null
                    ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Municipality not found", detail: $"No municipality of the region has the AGS {ags}.")
                    : TypedResults.Ok(municipality);
            })
            .WithName("GetMunicipality")
            .WithSummary("Gets one municipality by its Amtlicher Gemeindeschlüssel.")
            .AllowAnonymous();
}
