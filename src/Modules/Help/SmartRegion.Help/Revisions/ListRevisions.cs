using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Freshness;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Providers;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Revisions;

/// <summary>
/// The review queue: revisions the current person may review (staff of a covered municipality; region admins for
/// district-wide and nationwide offers and everything else), oldest first, with what changed against the live offer
/// and whether the live offer is overdue for confirmation.
/// </summary>
internal static class ListRevisions
{
    public const int Limit = 200;

    internal sealed record Item(
        Guid Id, string ServiceId, string ServiceName, string OrganizationName, bool IsNewOffer, string Status, string? AuthorName,
        string? AuthorComment, DateTimeOffset CreatedAt, string? ReviewerName, string? ReviewReason, DateTimeOffset? ReviewedAt,
        bool OfferIsStale, bool ReviewedByRegion, IReadOnlyList<string> Municipalities, IReadOnlyList<RevisionDiff.Change> Changes,
        int OpenFeedbackReports);

    public static async Task<Outcome<IReadOnlyList<Item>>> ExecuteAsync(
        string? status, ICurrentPerson person, HelpDb db, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        if (!person.IsReviewer())
        {
            return Outcome<IReadOnlyList<Item>>.Forbidden(text["Queue.Forbidden"]);
        }

        if (!Enum.TryParse<RevisionStatus>(status ?? "pending", ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
        {
            return Outcome<IReadOnlyList<Item>>.Invalid(new ValidationErrors().Add("status", text["Queue.Status.Invalid"]));
        }

        var query = db.OfferRevisions.AsNoTracking().Where(r => r.Status == wanted);
        query = wanted == RevisionStatus.Pending ? query.OrderBy(r => r.CreatedAt) : query.OrderByDescending(r => r.CreatedAt).Take(Limit * 5);
        var revisions = (await query.ToListAsync(ct)).Where(person.CanReview).Take(Limit).ToList();
        var serviceIds = revisions.Select(r => r.ServiceId).Distinct().ToList();
        var assured = await db.Services.Where(s => serviceIds.Contains(s.Id)).Select(s => new { s.Id, s.AssuredDate }).ToDictionaryAsync(s => s.Id, s => s.AssuredDate, ct);
        var organizationIds = revisions.Select(r => r.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var feedback = await db.Set<Feedback.OfferFeedback>().Where(f => f.HandledAt == null && serviceIds.Contains(f.ServiceId))
            .GroupBy(f => f.ServiceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var now = time.GetUtcNow();
        var items = new List<Item>();
        foreach (var r in revisions)
        {
            var proposed = JsonSerializer.Deserialize<HsdsFile>(r.Snapshot, HsdsFile.Json)!;
            IReadOnlyList<RevisionDiff.Change> changes = [];
            if (wanted == RevisionStatus.Pending)
            {
                var live = r.IsNewOffer ? null : await OfferDraft.LoadAsync(db, r.ServiceId, ct);
                changes = RevisionDiff.Compare(live is null ? null : new HsdsFile([], [live.Service], live.Location is null ? [] : [live.Location], live.Link is null ? [] : [live.Link], []), proposed);
            }

            items.Add(new Item(
                r.Id, r.ServiceId, r.ServiceName, names.GetValueOrDefault(r.OrganizationId, ""), r.IsNewOffer, r.Status.ToString().ToLowerInvariant(),
                r.AuthorName, r.AuthorComment, r.CreatedAt, r.ReviewerName, r.ReviewReason, r.ReviewedAt,
                assured.TryGetValue(r.ServiceId, out var date) && OfferFreshness.IsStale(date, now), r.ReviewedByRegion, r.ReviewMunicipalities, changes,
                OpenFeedbackReports: feedback.GetValueOrDefault(r.ServiceId)));
        }

        return Outcome<IReadOnlyList<Item>>.Ok(items);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/revisions", async Task<Results<Ok<IReadOnlyList<Item>>, ValidationProblem, ForbiddenProblem>> (
                string? status, ICurrentPerson person, HelpDb db, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(status, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("ListOfferRevisions")
            .WithSummary("The review queue (status=pending, approved, rejected or superseded), limited to the revisions the caller may review.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
