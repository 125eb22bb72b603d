using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.OpenData.Resources;

namespace SmartRegion.OpenData.Datasets;

/// <summary>Staff of a municipality start a dataset of their municipality; it stays a draft until published.</summary>
internal static class CreateDataset
{
    internal sealed class Request : DatasetInput
    {
        /// <summary>The municipality (AGS) the dataset belongs to.</summary>
        public string? MunicipalityAgs { get; set; }
    }

    internal sealed record Response(Guid Id, string Name);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, IMunicipalityDirectory municipalities, OpenDataDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<OpenDataText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var errors = new ValidationErrors();
        var ags = request.MunicipalityAgs?.Trim();
        var known = Ags.IsWellFormed(ags) && await municipalities.FindAsync(ags!, cancellationToken) is not null;
        errors.AddIf(!known, nameof(Request.MunicipalityAgs), text["Field.Municipality.Required"]);
        var fields = request.Validate(errors, text);
        if (fields is null || !errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (!person.CanManage(ags!))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var now = time.GetUtcNow();
        var dataset = Dataset.Create(await DatasetNames.UniqueAsync(db, fields.Title, cancellationToken), ags!, fields, person.Id?.Value, now);
        db.Datasets.Add(dataset);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("datasets.created", "dataset", dataset.Id.ToString(), ags,
            fields.ContactName is null && fields.ContactEmail is null ? null : "contact point set"), cancellationToken);
        return Outcome<Response>.Ok(new Response(dataset.Id, dataset.Name));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/datasets", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem>> (
                Request request, ICurrentPerson person, IMunicipalityDirectory municipalities, OpenDataDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<OpenDataText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, municipalities, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/opendata/datasets/{outcome.Value!.Id}", outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("CreateDataset")
            .WithSummary("Starts a dataset (a draft) of a municipality: staff of that municipality, its admins and region admins.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
