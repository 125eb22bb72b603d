using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Feeds;

/// <summary>A signed-in person deletes their calendar address; calendars subscribed to it get nothing more from that moment.</summary>
internal static class DeletePersonalFeed
{
    /// <summary><see cref="ConfirmDelete"/> is the page's tick box.</summary>
    internal sealed record Request(bool ConfirmDelete = false);

    public static async Task<Outcome<bool>> ExecuteAsync(Request request, PersonId person, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.ConfirmDelete)
        {
            return Outcome<bool>.Invalid(new ValidationErrors().Add(nameof(Request.ConfirmDelete), text["MyFeed.ConfirmDelete.Required"]));
        }

        var deleted = await db.PersonalFeeds.Where(f => f.PersonId == person.Value).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Outcome<bool>.NotFound(text["MyFeed.None"]) : Outcome<bool>.Ok(true);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/me/feed", async Task<Results<NoContent, NotFoundProblem, UnauthorizedHttpResult>> (
                ICurrentPerson current, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                if (current.Id is not { } person)
                {
                    return TypedResults.Unauthorized();
                }

                // The DELETE itself is the API client's confirmation.
                var outcome = await ExecuteAsync(new Request(ConfirmDelete: true), person, db, text, ct);
                return outcome.IsOk ? TypedResults.NoContent() : outcome.ToNotFound();
            })
            .WithName("DeleteMyEventFeed")
            .WithSummary("Deletes the signed-in person's calendar address; it answers 404 from then on.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
