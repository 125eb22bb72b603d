using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Presence;

/// <summary>
/// A member of staff agrees to be shown in „Wer ist heute da?“ to colleagues who agreed as well, and from then on sees
/// them. Agreeing again changes nothing: the first moment of consent is kept.
/// </summary>
internal static class SharePresence
{
    internal sealed record Response(bool Sharing, DateTimeOffset? Since);

    public static async Task<Outcome<Response>> ExecuteAsync(ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.IsStaff(person))
        {
            return Outcome<Response>.Forbidden(text["Booking.StaffOnly"]);
        }

        if (await ReadAsync(who.Value, db, cancellationToken) is { Sharing: true } already)
        {
            return Outcome<Response>.Ok(already);
        }

        db.PresenceSharings.Add(PresenceSharing.Create(who.Value, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // The same consent given twice at once: the key lets one in, and that one is the answer to both.
            db.ChangeTracker.Clear();
        }

        return Outcome<Response>.Ok(await ReadAsync(who.Value, db, cancellationToken));
    }

    /// <summary>Whether the person shares their presence, and since when.</summary>
    public static async Task<Response> ReadAsync(Guid person, ChangeLabDb db, CancellationToken cancellationToken)
    {
        var since = await db.PresenceSharings.AsNoTracking().Where(p => p.PersonId == person)
            .Select(p => (DateTimeOffset?)p.SharedSince).SingleOrDefaultAsync(cancellationToken);
        return new Response(since is not null, since);
    }

    public static void MapEndpoints(RouteGroupBuilder group)
    {
        group.MapGet("/me/presence-sharing", async Task<Ok<Response>> (ICurrentPerson person, ChangeLabDb db, CancellationToken ct) =>
                TypedResults.Ok(await ReadAsync(person.Id!.Value.Value, db, ct)))
            .WithName("ReadChangeLabPresenceSharing")
            .WithSummary("Whether the signed-in person is shown in 'who is in today' to colleagues who share as well, and since when.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
        group.MapPut("/me/presence-sharing", async Task<Results<Ok<Response>, ForbiddenProblem>> (
                ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("ShareChangeLabPresence")
            .WithSummary("The signed-in person agrees to be shown in 'who is in today' to colleagues who agreed as well, and sees them from then on. Idempotent.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
    }
}
