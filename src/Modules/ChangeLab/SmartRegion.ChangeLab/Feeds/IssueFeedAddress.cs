using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Feeds;

/// <summary>
/// Makes the signed-in person's secret calendar address, or a new one in place of the old (<c>Replace</c> says they know
/// the old one stops working at once). The address is in the answer only: what is stored is its key's hash.
/// </summary>
internal static class IssueFeedAddress
{
    internal sealed record Request(bool Replace = false);

    /// <param name="Address">The personal feed.</param>
    /// <param name="ResourceAddress">A resource's feed: <c>{slug}</c> stands for the resource's short name.</param>
    internal sealed record Response(string Address, string ResourceAddress, DateTimeOffset Since);

    public static string PersonalPath(string key) => $"/change-lab/kalender/{key}.ics";

    public static string ResourcePath(string key, string slug) => $"/change-lab/kalender/{key}/plaetze/{slug}.ics";

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, ChangeLabDb db, IPublicOrigin origin, TimeProvider time, IStringLocalizer<ChangeLabText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(origin);
        if (person.Id is not { } who || !ChangeLabAccess.IsStaff(person))
        {
            return Outcome<Response>.Forbidden(text["Booking.StaffOnly"]);
        }

        var now = time.GetUtcNow();
        var existing = await db.FeedAddresses.SingleOrDefaultAsync(f => f.PersonId == who.Value, cancellationToken);
        string key;
        if (existing is null)
        {
            (var address, key) = FeedAddress.Create(who.Value, now);
            db.FeedAddresses.Add(address);
        }
        else if (!request.Replace)
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add("Replace", text["Feeds.Replace.Required"]));
        }
        else
        {
            key = existing.Renew(now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || (e is DbUpdateException u && DatabaseErrors.IsUniqueViolation(u)))
        {
            // Another request made or changed the address at the same moment; this one's key was never valid.
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Feeds.Busy"]);
        }

        return Outcome<Response>.Ok(new Response(origin.Link(PersonalPath(key)), origin.Link(ResourcePath(key, "{slug}")), now));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/me/feed", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, ConflictProblem>> (
                Request? request, ICurrentPerson person, ChangeLabDb db, IPublicOrigin origin, TimeProvider time, IStringLocalizer<ChangeLabText> text,
                CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request ?? new Request(), person, db, origin, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("IssueChangeLabFeedAddress")
            .WithSummary("Makes the signed-in person's secret calendar address, or with replace=true a new one in place of the old (which stops working at once). The address is only in this answer.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
