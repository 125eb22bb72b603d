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
using SmartRegion.Participation.Resources;
using SmartRegion.Participation.Voting;

namespace SmartRegion.Participation.Verification;

/// <summary>A signed-in person enters the code from their letter once and is verified for that municipality.</summary>
internal static class RedeemLetterCode
{
    public const string Field = "Code";

    internal sealed record Request(string? Code);

    internal sealed record Response(string MunicipalityAgs);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<ParticipationText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (person.Id is not { } id)
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var hash = string.IsNullOrWhiteSpace(request.Code) || request.Code.Length > 40 ? "" : ReceiptCode.Hash(request.Code);
        var letter = await db.LetterCodes.SingleOrDefaultAsync(c => c.CodeHash == hash, cancellationToken);
        if (letter is null || letter.RedeemedAt is not null)
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add(Field, text["Verify.CodeUnknown"]));
        }

        if (await db.VerifiedResidents.AnyAsync(r => r.PersonId == id.Value && r.MunicipalityAgs == letter.MunicipalityAgs, cancellationToken))
        {
            return Outcome<Response>.Conflict(text["Verify.Already"]);
        }

        var now = time.GetUtcNow();
        letter.Redeem(id.Value, now);
        db.VerifiedResidents.Add(VerifiedResident.Create(id.Value, letter.MunicipalityAgs, VerificationMethods.Letter, letter.RecipientName, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add(Field, text["Verify.CodeUnknown"]));
        }

        await audit.RecordAsync(new AuditRecord("participation-residents.verified-by-letter", "participation-letter-code", letter.Id.ToString(), letter.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(letter.MunicipalityAgs));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/verifications/letter", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, ConflictProblem>> (
                Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("RedeemLetterCode")
            .WithSummary("The signed-in person enters the one-time code from their letter and is verified as a resident of its municipality.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireRateLimiting(SmartRegion.Kernel.Web.RateLimits.SignIn);
}
