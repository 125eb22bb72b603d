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

/// <summary>The staff ideas, newest first, and one idea with its comments, supports and decision.</summary>
internal static class GetIdeas
{
    internal sealed record Item(Guid Id, string Title, string AuthorName, string Status, int Supports, int Comments, DateTimeOffset CreatedAt, bool IsDemo);

    internal sealed record Comment(Guid Id, string AuthorName, string Text, DateTimeOffset CreatedAt);

    internal sealed record Details(
        Guid Id, string Title, string Text, string AuthorName, string Status, int Supports, bool SupportedByMe, string? DecisionReason,
        DateTimeOffset? DecidedAt, Guid? ProjectId, IReadOnlyList<Comment> Comments, DateTimeOffset CreatedAt, bool IsDemo);

    public static Task<List<Item>> ListAsync(ChangeLabDb db, CancellationToken cancellationToken) =>
        db.Ideas.AsNoTracking().OrderByDescending(i => i.CreatedAt)
            .Select(i => new Item(i.Id, i.Title, i.AuthorName, i.Status, db.IdeaSupports.Count(s => s.IdeaId == i.Id),
                db.IdeaComments.Count(c => c.IdeaId == i.Id), i.CreatedAt, i.IsDemo))
            .ToListAsync(cancellationToken);

    public static async Task<Details?> FindAsync(Guid id, Guid? person, ChangeLabDb db, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (idea is null)
        {
            return null;
        }

        var supports = await db.IdeaSupports.CountAsync(s => s.IdeaId == id, cancellationToken);
        var mine = person is { } p && await db.IdeaSupports.AnyAsync(s => s.IdeaId == id && s.PersonId == p, cancellationToken);
        var comments = await db.IdeaComments.AsNoTracking().Where(c => c.IdeaId == id).OrderBy(c => c.CreatedAt)
            .Select(c => new Comment(c.Id, c.AuthorName, c.Text, c.CreatedAt)).ToListAsync(cancellationToken);
        return new Details(idea.Id, idea.Title, idea.Text, idea.AuthorName, idea.Status, supports, mine, idea.DecisionReason, idea.DecidedAt, idea.ProjectId,
            comments, idea.CreatedAt, idea.IsDemo);
    }

    public static void MapEndpoints(RouteGroupBuilder group)
    {
        group.MapGet("/ideas", async Task<Ok<List<Item>>> (ChangeLabDb db, CancellationToken ct) => TypedResults.Ok(await ListAsync(db, ct)))
            .WithName("ListChangeLabIdeas")
            .WithSummary("Staff ideas for better administration, newest first, with supports and comments counted.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
        group.MapGet("/ideas/{id:guid}", async Task<Results<Ok<Details>, NotFoundProblem>> (
                Guid id, ICurrentPerson person, ChangeLabDb db, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
                await FindAsync(id, person.Id?.Value, db, ct) is { } details ? TypedResults.Ok(details) : new NotFoundProblem(text["Idea.NotFound"]))
            .WithName("GetChangeLabIdea")
            .WithSummary("One idea with its comments, supports and the decision with its reason.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
    }
}
