using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Contracts;
using SmartRegion.Help.Freshness;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Revisions;

/// <summary>
/// Staff of a covered municipality (region admins for district-wide and nationwide offers) approve or reject a
/// pending revision. Approval imports the proposed offer through the validated HSDS import — all or nothing, in one
/// transaction with the revision's new status — and counts as the provider's confirmation (assured_date today).
/// Rejection needs a reason. Both are written to the audit log. Nobody reviews their own proposal.
/// </summary>
internal static class ReviewRevision
{
    internal sealed class Request
    {
        public string? Reason { get; set; }
    }

    internal sealed record Response(Guid RevisionId, string ServiceId, string Status);

    public static async Task<Outcome<Response>> ApproveAsync(
        Guid id, Request request, ICurrentPerson person, HelpDb db, HsdsSchemas schemas, IMunicipalityDirectory municipalities,
        IAuditLog audit, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (revision, refusal) = await FindAsync(id, person, db, text, ct);
        if (revision is null)
        {
            return refusal!;
        }

        var errors = new ValidationErrors();
        errors.AddIf(request.Reason is { Length: > OfferRevision.MaxReason }, nameof(Request.Reason), text["Review.Reason.TooLong", OfferRevision.MaxReason]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var file = JsonSerializer.Deserialize<HsdsFile>(revision.Snapshot, HsdsFile.Json)!;
        var today = OfferFreshness.Today(now).ToString(HsdsMapping.DateFormat, CultureInfo.InvariantCulture);
        file = file with { Services = [.. file.Services.Select(s => s with { AssuredDate = today, LastModified = null })] };
        revision.Approve(person.Id!.Value.Value, person.DisplayName, request.Reason, now);
        // Saved by the import together with the offer and the revision's status: the author hears only of what happened.
        db.Publish(new OfferRevisionDecided(revision.Id), now);
        var imported = await HsdsImport.ExecuteAllOrNothingAsync(
            JsonSerializer.SerializeToUtf8Bytes(file, HsdsFile.Json), db, schemas, municipalities, time, ct);
        if (!imported.IsOk)
        {
            db.ChangeTracker.Clear();
            var problems = string.Join(" ", imported.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")));
            return Outcome<Response>.Conflict(text["Review.ImportFailed", imported.Message ?? problems]);
        }

        await audit.RecordAsync(Audit(revision, "approve"), ct);
        return Outcome<Response>.Ok(new Response(revision.Id, revision.ServiceId, "approved"));
    }

    public static async Task<Outcome<Response>> RejectAsync(
        Guid id, Request request, ICurrentPerson person, HelpDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (revision, refusal) = await FindAsync(id, person, db, text, ct);
        if (revision is null)
        {
            return refusal!;
        }

        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(request.Reason), nameof(Request.Reason), text["Review.Reason.Required"]);
        errors.AddIf(request.Reason is { Length: > OfferRevision.MaxReason }, nameof(Request.Reason), text["Review.Reason.TooLong", OfferRevision.MaxReason]);
        errors.AddIf(Kernel.Web.TextInput.HasControlCharacters(request.Reason, allowLineBreaks: true), nameof(Request.Reason), text["Form.ControlCharacters"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        revision.Reject(person.Id!.Value.Value, person.DisplayName, request.Reason!, now);
        db.Publish(new OfferRevisionDecided(revision.Id), now);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(Audit(revision, "reject"), ct);
        return Outcome<Response>.Ok(new Response(revision.Id, revision.ServiceId, "rejected"));
    }

    public static void MapEndpoints(RouteGroupBuilder group)
    {
        group.MapPost("/revisions/{id:guid}/approve", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request? request, ICurrentPerson person, HelpDb db, HsdsSchemas schemas, IMunicipalityDirectory municipalities,
                IAuditLog audit, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
                Answer(await ApproveAsync(id, request ?? new Request(), person, db, schemas, municipalities, audit, time, text, ct)))
            .WithName("ApproveOfferRevision")
            .WithSummary("Staff approve a pending revision: the proposed offer goes live through the validated HSDS import.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapPost("/revisions/{id:guid}/reject", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request? request, ICurrentPerson person, HelpDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
                Answer(await RejectAsync(id, request ?? new Request(), person, db, audit, time, text, ct)))
            .WithName("RejectOfferRevision")
            .WithSummary("Staff reject a pending revision with a reason; the live offer stays as it is.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }

    private static Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem> Answer(Outcome<Response> outcome) =>
        outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
            OutcomeKind.Invalid => outcome.ToValidationProblem(),
            OutcomeKind.Forbidden => outcome.ToForbidden(),
            OutcomeKind.NotFound => outcome.ToNotFound(),
            _ => outcome.ToConflict(),
        };

    private static async Task<(OfferRevision? Revision, Outcome<Response>? Refusal)> FindAsync(
        Guid id, ICurrentPerson person, HelpDb db, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        var revision = await db.OfferRevisions.FindAsync([id], ct);
        if (revision is null)
        {
            return (null, Outcome<Response>.NotFound(text["Revision.NotFound"]));
        }

        if (!person.CanReview(revision))
        {
            return (null, Outcome<Response>.Forbidden(text["Review.NotYours"]));
        }

        // Also for revisions proposed before crisis offers were always the region's to review.
        if (!person.IsRegionAdmin
            && await OfferState.TouchesCrisisAsync(db, revision.ServiceId, JsonSerializer.Deserialize<HsdsFile>(revision.Snapshot, HsdsFile.Json)!, ct))
        {
            return (null, Outcome<Response>.Forbidden(text["Review.CrisisByRegion"]));
        }

        if (revision.AuthorId is { } author && author == person.Id?.Value)
        {
            return (null, Outcome<Response>.Forbidden(text["Review.OwnProposal"]));
        }

        return revision.Status != RevisionStatus.Pending
            ? (null, Outcome<Response>.Conflict(text["Review.NotPending"]))
            : (revision, null);
    }

    private static AuditRecord Audit(OfferRevision revision, string verb) => new(
        $"help-offer-revisions.{verb}", "help-offer-revision", revision.Id.ToString(),
        revision.ReviewedByRegion ? null : (revision.ReviewMunicipalities is { Count: > 0 } rm ? rm[0] : null),
        $"service {revision.ServiceId}");
}
