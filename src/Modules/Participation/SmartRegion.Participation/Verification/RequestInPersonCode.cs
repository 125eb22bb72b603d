using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Participation.Verification;

/// <summary>The signed-in person gets (or sees again) the short code they show at the town hall with their ID card.</summary>
internal static class RequestInPersonCode
{
    internal sealed record Response(string Code);

    public static async Task<Response?> ExecuteAsync(ICurrentPerson person, ParticipationDb db, TimeProvider time, bool create, CancellationToken cancellationToken)
    {
        if (person.Id is not { } id)
        {
            return null;
        }

        var existing = await db.InPersonRequests.AsNoTracking().Where(r => r.PersonId == id.Value).Select(r => r.Code).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null || !create)
        {
            return existing is null ? null : new Response(existing);
        }

        var code = RandomNumberGenerator.GetString("0123456789", 8);
        db.InPersonRequests.Add(InPersonRequest.Create(id.Value, code, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new Response(code);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/verifications/in-person-code", async Task<Ok<Response>> (ICurrentPerson person, ParticipationDb db, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok((await ExecuteAsync(person, db, time, create: true, ct))!))
            .WithName("RequestInPersonCode")
            .WithSummary("Gives the signed-in person the 8-digit code to show at the town hall to be verified in person.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
