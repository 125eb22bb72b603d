using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.OpenData.Resources;

namespace SmartRegion.OpenData.Datasets;

/// <summary>One dataset in any state, with what it lacks for publishing, for the staff who manage it.</summary>
internal static class GetDataset
{
    public static async Task<Outcome<DatasetDetails>> ExecuteAsync(
        Guid id, ICurrentPerson person, OpenDataDb db, IStringLocalizer<OpenDataText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var dataset = await db.Datasets.AsNoTracking().Include(d => d.Distributions).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dataset is null)
        {
            return Outcome<DatasetDetails>.NotFound(text["Dataset.NotFound"]);
        }

        return person.CanManage(dataset.MunicipalityAgs)
            ? Outcome<DatasetDetails>.Ok(DatasetDetails.From(dataset, PublicationCheck.Gaps(dataset, text)))
            : Outcome<DatasetDetails>.Forbidden(text["Scope.Forbidden"]);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/datasets/{id:guid}", async Task<Results<Ok<DatasetDetails>, ForbiddenProblem, NotFoundProblem>> (
                Guid id, ICurrentPerson person, OpenDataDb db, IStringLocalizer<OpenDataText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, db, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("GetDataset")
            .WithSummary("A dataset in any state with its distributions and the DCAT-AP.de fields it still lacks (its staff only).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
