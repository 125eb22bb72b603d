using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Feeds;

/// <summary>
/// A signed-in person makes their calendar address, or replaces it with a new one: the old one stops working with the
/// same write. The answer is the only place the address is ever shown, since only its hash is kept.
/// </summary>
internal static class IssuePersonalFeed
{
    /// <summary><see cref="Replace"/> a feed that exists; <see cref="ConfirmReplace"/> that the old address stops working (the page's tick box).</summary>
    internal sealed record Request(bool Replace = false, bool ConfirmReplace = false);

    /// <summary>What an API client sends: nothing to make the address, <c>{"replace": true}</c> to replace it.</summary>
    internal sealed record Body(bool Replace = false);

    internal sealed record Issued(string Url, DateTimeOffset CreatedAt);

    public static async Task<Outcome<Issued>> ExecuteAsync(
        Request request, PersonId person, EventsDb db, IPublicOrigin origin, TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Replace && !request.ConfirmReplace)
        {
            return Outcome<Issued>.Invalid(new ValidationErrors().Add(nameof(Request.ConfirmReplace), text["MyFeed.ConfirmReplace.Required"]));
        }

        var now = time.GetUtcNow();
        var existing = await db.PersonalFeeds.SingleOrDefaultAsync(f => f.PersonId == person.Value, cancellationToken);
        string token;
        if (request.Replace)
        {
            if (existing is null)
            {
                return Outcome<Issued>.NotFound(text["MyFeed.None"]);
            }

            token = existing.Renew(now);
        }
        else
        {
            if (existing is not null)
            {
                return Outcome<Issued>.Conflict(text["MyFeed.Exists"]);
            }

            (var feed, token) = PersonalFeed.Create(person.Value, now);
            db.PersonalFeeds.Add(feed);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request made or replaced the address in between; this one's address was never valid.
            return Outcome<Issued>.Conflict(text["MyFeed.Changed"]);
        }

        return Outcome<Issued>.Ok(new Issued(origin.Link(PersonalFeed.Path(token)), now));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/me/feed", async Task<Results<Created<Issued>, ValidationProblem, NotFoundProblem, ConflictProblem, UnauthorizedHttpResult>> (
                [Microsoft.AspNetCore.Mvc.FromBody] Body? body, ICurrentPerson current, EventsDb db, IPublicOrigin origin, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                if (current.Id is not { } person)
                {
                    return TypedResults.Unauthorized();
                }

                // An API client's explicit replace is its confirmation; the tick box is for the page.
                var outcome = await ExecuteAsync(new Request(body?.Replace ?? false, ConfirmReplace: true), person, db, origin, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created("/api/events/me/feed", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("IssueMyEventFeed")
            .WithSummary("Makes the signed-in person's secret calendar address ({\"replace\": true} replaces it; the old one stops working). Shown only in this answer.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
