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
/// Staff change a dataset's description. A published dataset stays published, so a change that would remove a
/// mandatory DCAT-AP.de field from it is refused.
/// </summary>
internal static class UpdateDataset
{
    public static async Task<Outcome<DatasetDetails>> ExecuteAsync(
        Guid id, DatasetInput request, ICurrentPerson person, OpenDataDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<OpenDataText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var dataset = await db.Datasets.Include(d => d.Distributions).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dataset is null)
        {
            return Outcome<DatasetDetails>.NotFound(text["Dataset.NotFound"]);
        }

        if (!person.CanManage(dataset.MunicipalityAgs))
        {
            return Outcome<DatasetDetails>.Forbidden(text["Scope.Forbidden"]);
        }

        var errors = new ValidationErrors();
        var fields = request.Validate(errors, text);
        if (fields is null)
        {
            return Outcome<DatasetDetails>.Invalid(errors);
        }

        var before = dataset.Fields;
        dataset.Update(fields, time.GetUtcNow());
        var gaps = PublicationCheck.Gaps(dataset, text);
        if (dataset.Status == DatasetStatus.Published && gaps.Any(g => g.Mandatory))
        {
            foreach (var gap in gaps.Where(g => g.Mandatory))
            {
                errors.Add(gap.Field, gap.Message);
            }

            return Outcome<DatasetDetails>.Invalid(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (before.ContactName != fields.ContactName || before.ContactEmail != fields.ContactEmail)
        {
            await audit.RecordAsync(new AuditRecord("datasets.contact-changed", "dataset", dataset.Id.ToString(), dataset.MunicipalityAgs), cancellationToken);
        }

        return Outcome<DatasetDetails>.Ok(DatasetDetails.From(dataset, gaps));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/datasets/{id:guid}", async Task<Results<Ok<DatasetDetails>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                Guid id, DatasetInput request, ICurrentPerson person, OpenDataDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<OpenDataText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("UpdateDataset")
            .WithSummary("Replaces a dataset's describing fields (its staff only).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
