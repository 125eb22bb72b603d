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

/// <summary>
/// Puts a draft (or a withdrawn dataset) into the public catalogue and its RDF. Refused, with the list of what is
/// missing, while a mandatory DCAT-AP.de field is empty; missing recommended fields are only listed.
/// </summary>
internal static class PublishDataset
{
    internal sealed record Response(Guid Id, string Status, IReadOnlyList<PublicationGap> Recommended);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, ICurrentPerson person, OpenDataDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<OpenDataText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var dataset = await db.Datasets.Include(d => d.Distributions).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dataset is null)
        {
            return Outcome<Response>.NotFound(text["Dataset.NotFound"]);
        }

        if (!person.CanManage(dataset.MunicipalityAgs))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        if (dataset.Status == DatasetStatus.Published)
        {
            return Outcome<Response>.Conflict(text["Publish.Already"]);
        }

        var gaps = PublicationCheck.Gaps(dataset, text);
        if (gaps.Any(g => g.Mandatory))
        {
            var errors = new ValidationErrors();
            foreach (var gap in gaps.Where(g => g.Mandatory))
            {
                errors.Add(gap.Field, gap.Message);
            }

            return Outcome<Response>.Invalid(errors);
        }

        dataset.Publish(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("datasets.published", "dataset", dataset.Id.ToString(), dataset.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(dataset.Id, DatasetDetails.StatusName(dataset.Status), [.. gaps]));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/datasets/{id:guid}/publish", async Task<Results<Ok<Response>, ProblemHttpResult, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, OpenDataDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<OpenDataText> text,
                CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),

                    // Missing mandatory fields: the request was well-formed, the dataset is not ready (422), with the list.
                    OutcomeKind.Invalid => TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = StatusCodes.Status422UnprocessableEntity,
                        Title = text["Publish.Missing.Title"],
                        Detail = text["Publish.Missing.Detail"],
                        Extensions = { ["errors"] = outcome.Errors },
                    }),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("PublishDataset")
            .WithSummary("Publishes a dataset; 422 with the missing DCAT-AP.de fields while a mandatory one is empty.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(HubPolicies.SignedIn);
}
