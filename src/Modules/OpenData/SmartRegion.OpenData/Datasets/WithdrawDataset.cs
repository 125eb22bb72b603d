using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.OpenData.Resources;

namespace SmartRegion.OpenData.Datasets;

/// <summary>Takes a published dataset out of the public catalogue and its RDF; it can be published again later.</summary>
internal static class WithdrawDataset
{
    internal sealed record Response(Guid Id, string Status);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, ICurrentPerson person, OpenDataDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<OpenDataText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var dataset = await db.Datasets.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dataset is null)
        {
            return Outcome<Response>.NotFound(text["Dataset.NotFound"]);
        }

        if (!person.CanManage(dataset.MunicipalityAgs))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        if (dataset.Status != DatasetStatus.Published)
        {
            return Outcome<Response>.Conflict(text["Withdraw.NotPublished"]);
        }

        dataset.Withdraw(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("datasets.withdrawn", "dataset", dataset.Id.ToString(), dataset.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(dataset.Id, DatasetDetails.StatusName(dataset.Status)));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/datasets/{id:guid}/withdraw", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, OpenDataDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<OpenDataText> text,
                CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("WithdrawDataset")
            .WithSummary("Withdraws a published dataset from the catalogue (its staff only).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
