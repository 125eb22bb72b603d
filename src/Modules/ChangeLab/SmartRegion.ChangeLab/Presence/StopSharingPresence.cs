using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.ChangeLab.Presence;

/// <summary>
/// The person withdraws the consent: the row goes, so from the next request on nobody sees them in „Wer ist heute da?“
/// and they no longer see colleagues there. Withdrawing without a consent changes nothing.
/// </summary>
internal static class StopSharingPresence
{
    public static async Task ExecuteAsync(Guid person, ChangeLabDb db, CancellationToken cancellationToken) =>
        await db.PresenceSharings.Where(p => p.PersonId == person).ExecuteDeleteAsync(cancellationToken);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/me/presence-sharing", async Task<NoContent> (ICurrentPerson person, ChangeLabDb db, CancellationToken ct) =>
            {
                await ExecuteAsync(person.Id!.Value.Value, db, ct);
                return TypedResults.NoContent();
            })
            .WithName("StopSharingChangeLabPresence")
            .WithSummary("The signed-in person is no longer shown in 'who is in today', at once, and no longer sees colleagues there. Idempotent.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
