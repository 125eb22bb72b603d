using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Freshness;
using SmartRegion.Help.Revisions;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Help.Providers;

/// <summary>
/// The offers of the provider organisations the person belongs to, with their state: when last confirmed, overdue
/// for confirmation ("stale"), a change waiting for review, the last decision and its reason. New offers still in
/// review are listed too.
/// </summary>
internal static class ListMyOffers
{
    internal sealed record Organization(string Id, string Name);

    internal sealed record Item(
        string ServiceId, string Name, string OrganizationName, DateOnly? AssuredDate, bool IsStale, bool IsLive, bool HasPendingRevision,
        string? LastDecision, string? LastDecisionReason);

    internal sealed record Response(IReadOnlyList<Organization> Organizations, IReadOnlyList<Item> Offers);

    public static async Task<Response> ExecuteAsync(ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations, TimeProvider time, CancellationToken ct)
    {
        var mine = await OfferOwnership.ForPersonAsync(db, person, organisations, ct);
        var ids = mine.Select(o => o.OrganizationId).ToList();
        var names = mine.ToDictionary(o => o.OrganizationId, o => o.Name, StringComparer.Ordinal);
        var services = await db.Services.AsNoTracking().Where(s => ids.Contains(s.OrganizationId))
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.OrganizationId, s.AssuredDate }).ToListAsync(ct);
        var revisions = await db.OfferRevisions.AsNoTracking().Where(r => ids.Contains(r.OrganizationId) && r.Status != RevisionStatus.Superseded)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new { r.ServiceId, r.ServiceName, r.OrganizationId, r.Status, r.ReviewReason, r.IsNewOffer }).ToListAsync(ct);
        var byService = revisions.ToLookup(r => r.ServiceId, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var items = services.Select(s =>
        {
            var last = byService[s.Id].FirstOrDefault(r => r.Status != RevisionStatus.Pending);
            return new Item(
                s.Id, s.Name, names[s.OrganizationId], s.AssuredDate, OfferFreshness.IsStale(s.AssuredDate, now), IsLive: true,
                byService[s.Id].Any(r => r.Status == RevisionStatus.Pending), last?.Status.ToString().ToLowerInvariant(), last?.ReviewReason);
        }).ToList();
        var live = services.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        items.AddRange(revisions.Where(r => r.IsNewOffer && !live.Contains(r.ServiceId)).GroupBy(r => r.ServiceId).Select(g =>
        {
            var newest = g.First();
            return new Item(
                newest.ServiceId, newest.ServiceName, names[newest.OrganizationId], null, IsStale: false, IsLive: false,
                newest.Status == RevisionStatus.Pending, newest.Status == RevisionStatus.Pending ? null : newest.Status.ToString().ToLowerInvariant(), newest.ReviewReason);
        }));
        return new Response([.. mine.Select(o => new Organization(o.OrganizationId, o.Name))], items);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/my-offers", async (ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(person, db, organisations, time, ct)))
            .WithName("ListMyOffers")
            .WithSummary("The offers of the provider organisations the caller belongs to, with their review and confirmation state.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
