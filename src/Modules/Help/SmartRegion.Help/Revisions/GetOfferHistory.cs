using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Providers;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Revisions;

/// <summary>
/// The version history of one offer: every reviewed revision, newest first, with who, when and why, and which fields
/// it changed against the version approved before it. Staff who may review the offer see names; the provider's
/// members see roles only ("Anbieter", "Verwaltung"), as reviewers' names are not theirs to know.
/// </summary>
internal static class GetOfferHistory
{
    internal sealed record Entry(
        Guid RevisionId, string Status, DateTimeOffset ProposedAt, string? Author, string? AuthorComment, DateTimeOffset? ReviewedAt,
        string? Reviewer, string? ReviewReason, IReadOnlyList<RevisionDiff.Change> Changes);

    internal sealed record Response(string ServiceId, string Name, bool ShowsNames, IReadOnlyList<Entry> Entries);

    public static async Task<Outcome<Response>> ExecuteAsync(
        string serviceId, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations, IMunicipalityDirectory municipalities,
        IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        var live = await db.Services.AsNoTracking().Where(s => s.Id == serviceId)
            .Select(s => new { s.Name, s.OrganizationId, s.IsNationwide, Ags = s.Municipalities.Select(m => m.Ags).ToList() }).FirstOrDefaultAsync(ct);
        var revisions = await db.OfferRevisions.AsNoTracking().Where(r => r.ServiceId == serviceId).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        if (live is null && revisions.Count == 0)
        {
            return Outcome<Response>.NotFound(text["Offer.NotFound"]);
        }

        var organizationId = live?.OrganizationId ?? revisions[0].OrganizationId;
        var staff = live is null
            ? revisions.Any(person.CanReview)
            : person.CanReviewOffer(live.IsNationwide, live.Ags, await municipalities.ListAsync(ct));
        if (!staff && await OfferOwnership.MemberOrganisationAsync(db, organizationId, person, organisations, ct) is null)
        {
            return Outcome<Response>.Forbidden(text["History.Forbidden"]);
        }

        var entries = new List<Entry>();
        HsdsFile? approvedBefore = null;
        foreach (var r in revisions)
        {
            var file = JsonSerializer.Deserialize<HsdsFile>(r.Snapshot, HsdsFile.Json)!;
            if (r.Status is RevisionStatus.Approved or RevisionStatus.Rejected)
            {
                entries.Add(new Entry(
                    r.Id, r.Status.ToString().ToLowerInvariant(), r.CreatedAt,
                    staff ? r.AuthorName ?? text["History.FormerAccount"] : text["History.Provider"], r.AuthorComment, r.ReviewedAt,
                    staff ? r.ReviewerName ?? text["History.FormerAccount"] : text["History.Staff"], r.ReviewReason,
                    RevisionDiff.Compare(approvedBefore, file)));
            }

            if (r.Status == RevisionStatus.Approved)
            {
                approvedBefore = file;
            }
        }

        entries.Reverse();
        return Outcome<Response>.Ok(new Response(serviceId, live?.Name ?? revisions[^1].ServiceName, staff, entries));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/offers/{serviceId}/history", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem>> (
                string serviceId, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations, IMunicipalityDirectory municipalities,
                IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(serviceId, person, db, organisations, municipalities, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("GetOfferHistory")
            .WithSummary("The reviewed revisions of an offer, newest first; for staff who may review it and for the provider's members.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
