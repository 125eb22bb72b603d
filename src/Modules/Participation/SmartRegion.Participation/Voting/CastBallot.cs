using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Voting;

/// <summary>A verified resident votes online; the answer carries the receipt code, shown once.</summary>
internal static class CastBallot
{
    internal sealed record Request(IReadOnlyList<Guid>? Projects);

    internal sealed record Response(string Receipt);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid processId, Request request, ICurrentPerson person, ParticipationDb db, TimeProvider time, IStringLocalizer<ParticipationText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (person.Id is not { } id)
        {
            return Outcome<Response>.Forbidden(text["Ballot.NotVerified"]);
        }

        var outcome = await BallotBox.CastAsync(processId, id.Value, VoteChannels.Online, [.. (request.Projects ?? []).Distinct()], db, time, text, cancellationToken);
        return outcome.Map(r => new Response(r.Code));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/processes/{id:guid}/ballots", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, ParticipationDb db, TimeProvider time, IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
                VoteResults.Created(await ExecuteAsync(id, request, person, db, time, text, ct), $"/api/participation/processes/{id}/results"))
            .WithName("CastBallot")
            .WithSummary("A verified resident casts their secret ballot (project ids); answers with the receipt code. 409 once they voted on any channel or outside the vote phase.")
            .RequireAuthorization(HubPolicies.SignedIn);
}

/// <summary>How the vote's use cases answer over HTTP.</summary>
internal static class VoteResults
{
    public static Outcome<TOut> Map<TIn, TOut>(this Outcome<TIn> outcome, Func<TIn, TOut> map) => outcome.Kind switch
    {
        OutcomeKind.Ok => Outcome<TOut>.Ok(map(outcome.Value!)),
        OutcomeKind.Invalid => Outcome<TOut>.Invalid(ToErrors(outcome.Errors)),
        OutcomeKind.Forbidden => Outcome<TOut>.Forbidden(outcome.Message!),
        OutcomeKind.NotFound => Outcome<TOut>.NotFound(outcome.Message!),
        _ => Outcome<TOut>.Conflict(outcome.Message!),
    };

    public static Results<Created<T>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem> Created<T>(Outcome<T> outcome, string location) =>
        outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Created(location, outcome.Value),
            OutcomeKind.Invalid => outcome.ToValidationProblem(),
            OutcomeKind.Forbidden => outcome.ToForbidden(),
            OutcomeKind.NotFound => outcome.ToNotFound(),
            _ => outcome.ToConflict(),
        };

    private static ValidationErrors ToErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        var result = new ValidationErrors();
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                result.Add(field, message);
            }
        }

        return result;
    }
}
