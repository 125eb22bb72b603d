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
using SmartRegion.Participation.Contracts;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Processes;

/// <summary>Staff start a process for their municipality; region admins also for the whole region.</summary>
internal static class CreateProcess
{
    internal sealed class Request : ProcessInput
    {
        /// <summary>The municipality (AGS); empty for a process of the whole region (region admins only).</summary>
        public string? MunicipalityAgs { get; set; }
    }

    internal sealed record Response(Guid Id, string Slug);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, IMunicipalityDirectory municipalities, ParticipationDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<ParticipationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var errors = new ValidationErrors();
        var ags = string.IsNullOrWhiteSpace(request.MunicipalityAgs) ? null : request.MunicipalityAgs.Trim();
        errors.AddIf(ags is not null && (!Ags.IsWellFormed(ags) || await municipalities.FindAsync(ags, cancellationToken) is null),
            nameof(Request.MunicipalityAgs), text["Field.Municipality.Unknown"]);
        var fields = request.Validate(errors, text);
        if (fields is null || !errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (!person.CanRun(ags))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var now = time.GetUtcNow();
        var process = Process.Create(await ProcessSlugs.UniqueAsync(db, fields.Title, cancellationToken), ags, fields, isDemo: false, now);
        db.Processes.Add(process);
        db.Publish(new ProcessChanged(process.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("participation-processes.created", "participation-process", process.Id.ToString(), ags), cancellationToken);
        return Outcome<Response>.Ok(new Response(process.Id, process.Slug));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/processes", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem>> (
                Request request, ICurrentPerson person, IMunicipalityDirectory municipalities, ParticipationDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, municipalities, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/participation/processes/{outcome.Value!.Id}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("CreateParticipationProcess")
            .WithSummary("Starts a participation process of a municipality (its staff and admins) or of the whole region (region admins).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
