using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Hub.Municipalities;

/// <summary>The city and the municipalities of the Landkreis: the city first, then by name.</summary>
internal static class ListMunicipalities
{
    public static async Task<IReadOnlyList<MunicipalitySummary>> ExecuteAsync(HubDb db, CancellationToken cancellationToken)
    {
        var rows = await db.Municipalities.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(m => m.Type == MunicipalityType.KreisfreieStadt ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Create(new System.Globalization.CultureInfo("de-DE"), ignoreCase: true))
            .Select(m => m.ToSummary())];
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/municipalities", async Task<Ok<IReadOnlyList<MunicipalitySummary>>> (HubDb db, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(db, ct)))
            .WithName("ListMunicipalities")
            .WithSummary("Lists the city and the municipalities of the Landkreis.")
            .AllowAnonymous();
}
