using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Ideas;

/// <summary>A member of staff puts forward an idea for better administration; colleagues see it at once.</summary>
internal static class SubmitIdea
{
    internal sealed record Request(string? Title, string? Text);

    internal sealed record Response(Guid Id);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.IsStaff(person))
        {
            return Outcome<Response>.Forbidden(text["Booking.StaffOnly"]);
        }

        var (title, body) = (IdeaText.Clean(request.Title), IdeaText.Clean(request.Text));
        var errors = new ValidationErrors().Check("Title", title, Idea.MaxTitle, text).Check("Text", body, Idea.MaxText, text);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var idea = Idea.Create(title!, body!, who.Value, person.DisplayName ?? "", time.GetUtcNow());
        db.Ideas.Add(idea);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(idea.Id));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/ideas", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem>> (
                Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/changelab/ideas/{outcome.Value!.Id}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("SubmitChangeLabIdea")
            .WithSummary("A member of staff submits an idea for better administration (title, text).")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
