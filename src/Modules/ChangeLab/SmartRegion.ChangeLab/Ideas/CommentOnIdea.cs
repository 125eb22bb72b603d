using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Ideas;

/// <summary>A colleague comments on an idea; comments stay open after the decision, so the talk can go on.</summary>
internal static class CommentOnIdea
{
    internal sealed record Request(string? Text);

    internal sealed record Response(Guid Id);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.IsStaff(person))
        {
            return Outcome<Response>.Forbidden(text["Booking.StaffOnly"]);
        }

        if (!await db.Ideas.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return Outcome<Response>.NotFound(text["Idea.NotFound"]);
        }

        var body = IdeaText.Clean(request.Text);
        var errors = new ValidationErrors().Check("Text", body, IdeaComment.MaxText, text);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var comment = IdeaComment.Create(id, who.Value, person.DisplayName ?? "", body!, time.GetUtcNow());
        db.IdeaComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(comment.Id));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/ideas/{id:guid}/comments", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                Guid id, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/changelab/ideas/{id}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("CommentOnChangeLabIdea")
            .WithSummary("A member of staff comments on an idea.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
