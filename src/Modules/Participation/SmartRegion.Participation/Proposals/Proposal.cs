using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Processes;

namespace SmartRegion.Participation.Proposals;

/// <summary>
/// An idea a person brings into a process during its collection phase. Others support it; staff of the process's
/// municipality give it a status and an official answer.
/// </summary>
internal sealed class Proposal
{
    public const int MaxTitle = 200;
    public const int MaxText = 4_000;
    public const int MaxAnswer = 4_000;
    public const int MaxAuthorName = 200;

    private Proposal()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProcessId { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>The name the author chose to be shown, as it was when they wrote the proposal.</summary>
    public string AuthorName { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>One of <see cref="ProposalCategories.All"/>; null when the author chose none.</summary>
    public string? Category { get; private set; }

    /// <summary>One of <see cref="ProposalStatuses.All"/>.</summary>
    public string Status { get; private set; } = ProposalStatuses.Submitted;

    /// <summary>The official answer of the municipality (for a rejection: the reason).</summary>
    public string? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Why moderators hid the proposal, shown in its place; null while it is shown.</summary>
    public string? HiddenReason { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public bool IsDemo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Proposal Create(Guid processId, Guid authorId, string authorName, string title, string text, string? category, bool isDemo, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(), ProcessId = processId, AuthorId = authorId, AuthorName = authorName, Title = title, Text = text,
            Category = category, IsDemo = isDemo, CreatedAt = now,
        };

    /// <summary>The author deleted their account: the proposal stays, linked to no one and without the name.</summary>
    public void ForgetAuthor()
    {
        AuthorId = Guid.NewGuid();
        AuthorName = "";
    }

    public void Hide(string reason, DateTimeOffset now)
    {
        HiddenReason = reason;
        HiddenAt = now;
    }

    public void Respond(string status, string? answer, DateTimeOffset now)
    {
        Status = status;
        Answer = answer;
        AnsweredAt = now;
    }
}

/// <summary>One person's support for one proposal; the unique key on (proposal, person) makes it one per person.</summary>
internal sealed class ProposalSupport
{
    private ProposalSupport()
    {
    }

    public Guid ProposalId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static ProposalSupport Create(Guid proposalId, Guid personId, DateTimeOffset now) => new() { ProposalId = proposalId, PersonId = personId, CreatedAt = now };
}

/// <summary>Where a proposal stands. Staff set every status but <see cref="Submitted"/>.</summary>
internal static class ProposalStatuses
{
    public const string Submitted = "submitted";
    public const string Evaluating = "evaluating";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Implemented = "implemented";

    public static readonly IReadOnlyList<string> All = [Submitted, Evaluating, Accepted, Rejected, Implemented];

    public static readonly IReadOnlyList<string> Answers = [Evaluating, Accepted, Rejected, Implemented];
}

/// <summary>The short fixed list of topics a proposal may have; their names are in the resources (<c>Category.*</c>).</summary>
internal static class ProposalCategories
{
    public static readonly IReadOnlyList<string> All = ["mobility", "environment", "social", "culture", "sport", "other"];
}

/// <summary>Staff actions on a proposal need the proposal (to change it) and its process (whose municipality decides who may).</summary>
internal static class ProposalLookup
{
    public static async Task<(Proposal Proposal, Process Process)?> FindAsync(ParticipationDb db, Guid id, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return proposal is null ? null : (proposal, await db.Processes.AsNoTracking().SingleAsync(p => p.Id == proposal.ProcessId, cancellationToken));
    }
}
