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

/// <summary>The person deletes their feed address: every calendar subscribed to it gets a 404 from the next fetch on.</summary>
internal static class RevokeFeedAddress
{
    /// <summary>True when there was an address to delete.</summary>
    public static async Task<bool> ExecuteAsync(Guid person, ChangeLabDb db, CancellationToken cancellationToken) =>
        await db.FeedAddresses.Where(f => f.PersonId == person).ExecuteDeleteAsync(cancellationToken) > 0;

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/me/feed", async Task<Results<NoContent, NotFoundProblem>> (
                ICurrentPerson person, ChangeLabDb db, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
                await ExecuteAsync(person.Id!.Value.Value, db, ct) ? TypedResults.NoContent() : new NotFoundProblem(text["Feeds.None"]))
            .WithName("RevokeChangeLabFeedAddress")
            .WithSummary("Deletes the signed-in person's secret calendar address; it stops working at once.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
