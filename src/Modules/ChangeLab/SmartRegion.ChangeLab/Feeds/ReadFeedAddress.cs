using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Feeds;

/// <summary>Whether the signed-in person has a feed address, and since when. The address itself is not kept, so it cannot be shown again.</summary>
internal static class ReadFeedAddress
{
    internal sealed record Response(DateTimeOffset Since);

    public static async Task<Response?> ExecuteAsync(Guid person, ChangeLabDb db, CancellationToken cancellationToken) =>
        await db.FeedAddresses.AsNoTracking().Where(f => f.PersonId == person).Select(f => new Response(f.CreatedAt)).SingleOrDefaultAsync(cancellationToken);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/me/feed", async Task<Results<Ok<Response>, NotFoundProblem>> (
                ICurrentPerson person, ChangeLabDb db, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
                await ExecuteAsync(person.Id!.Value.Value, db, ct) is { } found ? TypedResults.Ok(found) : new NotFoundProblem(text["Feeds.None"]))
            .WithName("ReadChangeLabFeedAddress")
            .WithSummary("Whether the signed-in person has a secret calendar address, and since when (404 when there is none).")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
