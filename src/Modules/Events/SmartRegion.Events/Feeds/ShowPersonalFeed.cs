using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Events.Feeds;

/// <summary>Whether the signed-in person has a calendar address and since when; the address itself cannot be shown again.</summary>
internal static class ShowPersonalFeed
{
    internal sealed record Status(bool Exists, DateTimeOffset? CreatedAt);

    public static async Task<Status> ExecuteAsync(PersonId person, EventsDb db, CancellationToken cancellationToken)
    {
        var createdAt = await db.PersonalFeeds.AsNoTracking().Where(f => f.PersonId == person.Value).Select(f => (DateTimeOffset?)f.CreatedAt)
            .SingleOrDefaultAsync(cancellationToken);
        return new Status(createdAt is not null, createdAt);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/me/feed", async Task<Results<Ok<Status>, UnauthorizedHttpResult>> (ICurrentPerson current, EventsDb db, CancellationToken ct) =>
                current.Id is { } person ? TypedResults.Ok(await ExecuteAsync(person, db, ct)) : TypedResults.Unauthorized())
            .WithName("GetMyEventFeed")
            .WithSummary("Whether the signed-in person has a calendar address, and since when.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
