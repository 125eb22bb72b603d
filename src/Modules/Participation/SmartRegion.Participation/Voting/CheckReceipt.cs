using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Participation.Voting;

/// <summary>Anyone with a receipt code sees that its ballot is in the count — and which process, never whose it is.</summary>
internal static class CheckReceipt
{
    internal sealed record Response(bool Counted, string ProcessSlug, string ProcessTitle);

    public static async Task<Response?> ExecuteAsync(string? code, ParticipationDb db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 40)
        {
            return null;
        }

        var hash = ReceiptCode.Hash(code);
        var processId = await db.Ballots.AsNoTracking().Where(b => b.ReceiptHash == hash).Select(b => (Guid?)b.ProcessId).SingleOrDefaultAsync(cancellationToken);
        if (processId is null)
        {
            return null;
        }

        var process = await db.Processes.AsNoTracking().IgnoreAutoIncludes().Where(p => p.Id == processId).Select(p => new { p.Slug, p.Title }).SingleAsync(cancellationToken);
        return new Response(true, process.Slug, process.Title);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/receipts/{code}", async Task<Results<Ok<Response>, NotFoundProblem>> (string code, ParticipationDb db, CancellationToken ct) =>
                await ExecuteAsync(code, db, ct) is { } found ? TypedResults.Ok(found) : new NotFoundProblem("No counted ballot has this receipt code."))
            .WithName("CheckReceipt")
            .WithSummary("Shows that the ballot with this receipt code is counted, and in which process.")
            .AllowAnonymous();
}
