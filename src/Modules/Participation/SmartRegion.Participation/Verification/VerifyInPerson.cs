using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Verification;

/// <summary>Staff at the town hall check the ID card and verify the person who shows their code; audited.</summary>
internal static class VerifyInPerson
{
    internal sealed record Request(string? MunicipalityAgs, string? Code, string? Name);

    internal sealed record Response(Guid ResidentId);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson staff, ParticipationDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<ParticipationText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var ags = request.MunicipalityAgs?.Trim() ?? "";
        var name = request.Name?.Trim() ?? "";
        var code = new string([.. (request.Code ?? "").Where(char.IsAsciiDigit)]);
        errors.AddIf(!Ags.IsWellFormed(ags), nameof(Request.MunicipalityAgs), text["Field.Municipality.Unknown"]);
        var pending = code.Length == 8 ? await db.InPersonRequests.SingleOrDefaultAsync(r => r.Code == code, cancellationToken) : null;
        errors.AddIf(pending is null, nameof(Request.Code), text["InPerson.CodeUnknown"]);
        errors.AddIf(name.Length is 0 or > VerifiedResident.MaxName || TextInput.HasControlCharacters(name), nameof(Request.Name), text["InPerson.NameRequired"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (!staff.CanRun(ags))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        if (await db.VerifiedResidents.AnyAsync(r => r.PersonId == pending!.PersonId && r.MunicipalityAgs == ags, cancellationToken))
        {
            return Outcome<Response>.Conflict(text["Verify.Already"]);
        }

        var resident = VerifiedResident.Create(pending!.PersonId, ags, VerificationMethods.InPerson, name, time.GetUtcNow());
        db.VerifiedResidents.Add(resident);
        db.InPersonRequests.Remove(pending);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("participation-residents.verified-in-person", "participation-resident", resident.Id.ToString(), ags), cancellationToken);
        return Outcome<Response>.Ok(new Response(resident.Id));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/verifications/in-person", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, ConflictProblem>> (
                Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/participation/verified-residents/{outcome.Value!.ResidentId}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("VerifyInPerson")
            .WithSummary("Staff verify a resident in person (after checking the ID card) by the code the resident shows.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
