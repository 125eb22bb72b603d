namespace SmartRegion.ChangeLab.Ideas;

/// <summary>
/// A staff member's idea for better administration. Colleagues support and comment on it; an administrator reviews it
/// and states the decision with its reason. An accepted idea becomes a project with milestones.
/// </summary>
internal sealed class Idea
{
    public const int MaxTitle = 150;
    public const int MaxText = 4000;
    public const int MaxReason = 2000;
    public const int MaxName = 200;

    private Idea()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public string Status { get; private set; } = IdeaStatus.Submitted;

    public string? DecisionReason { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The project the idea became, once accepted.</summary>
    public Guid? ProjectId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public static Idea Create(string title, string text, Guid author, string authorName, DateTimeOffset now, bool isDemo = false) => new()
    {
        Id = Guid.NewGuid(),
        Title = title,
        Text = text,
        AuthorId = author,
        AuthorName = authorName.Length > MaxName ? authorName[..MaxName] : authorName,
        CreatedAt = now,
        IsDemo = isDemo,
    };

    public void Accept(Guid reviewer, string reason, Guid projectId, DateTimeOffset now)
    {
        Status = IdeaStatus.Accepted;
        Decide(reviewer, reason, now);
        ProjectId = projectId;
    }

    public void Decline(Guid reviewer, string reason, DateTimeOffset now)
    {
        Status = IdeaStatus.Declined;
        Decide(reviewer, reason, now);
    }

    /// <summary>For a deleted account: the idea stays (colleagues supported it) without the person.</summary>
    public void ForgetPerson(Guid person)
    {
        if (AuthorId == person)
        {
            AuthorId = Guid.Empty;
            AuthorName = "";
        }

        if (DecidedBy == person)
        {
            DecidedBy = null;
        }
    }

    private void Decide(Guid reviewer, string reason, DateTimeOffset now)
    {
        DecisionReason = reason;
        DecidedBy = reviewer;
        DecidedAt = now;
    }
}
