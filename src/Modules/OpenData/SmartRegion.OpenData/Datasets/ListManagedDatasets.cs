using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Paging;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.OpenData.Datasets;

/// <summary>The datasets in every state of the municipalities the person manages, newest change first.</summary>
internal static class ListManagedDatasets
{
    internal sealed record Item(Guid Id, string Name, string Title, string Status, string MunicipalityAgs, DateTimeOffset Modified);

    public static async Task<Paged<Item>?> ExecuteAsync(ICurrentPerson person, OpenDataDb db, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var scope = person.ManagedMunicipalities();
        if (scope is { Count: 0 })
        {
            return null;
        }

        var query = db.Datasets.AsNoTracking();
        if (scope is not null)
        {
            query = query.Where(d => scope.Contains(d.MunicipalityAgs));
        }

        var paged = await query.OrderByDescending(d => d.Modified).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name, d.Title, d.Status, d.MunicipalityAgs, d.Modified })
            .ToPagedAsync(page, cancellationToken);
        return new Paged<Item>([.. paged.Items.Select(d => new Item(d.Id, d.Name, d.Title, DatasetDetails.StatusName(d.Status), d.MunicipalityAgs, d.Modified))],
            paged.Page, paged.PageSize, paged.Total);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/datasets", async Task<Results<Ok<Paged<Item>>, ValidationProblem, ForbiddenProblem>> (int? page, int? pageSize, ICurrentPerson person, OpenDataDb db, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var request = PageRequest.From(page, pageSize, errors);
                if (!errors.IsEmpty)
                {
                    return TypedResults.ValidationProblem(errors.ToDictionary().ToDictionary(e => e.Key, e => e.Value));
                }

                var result = await ExecuteAsync(person, db, request, ct);
                return result is null ? new ForbiddenProblem() : TypedResults.Ok(result);
            })
            .WithName("ListManagedDatasets")
            .WithSummary("The datasets (every state) of the municipalities the caller manages as staff, admin or region admin.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
