namespace SmartRegion.ChangeLab.Progress;

/// <summary>
/// A project of one of the smart region's measures, shown on the public progress board with its status, milestones and
/// next steps. Accepted staff ideas become projects of the Change Lab.
/// </summary>
internal sealed class Project
{
    public const int MaxTitle = 150;
    public const int MaxSummary = 2000;
    public const int MaxNextSteps = 2000;

    private Project()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>One of the eight measures (<c>Measures.All</c>).</summary>
    public string Measure { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Status { get; private set; } = ProjectStatus.Planned;

    public string NextSteps { get; private set; } = "";

    public Guid? IdeaId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsDemo { get; private set; }

    /// <summary>
    /// Counts the changes of the project's own fields (status, summary, next steps); a form sends the version it was
    /// opened with, and the database refuses the write when another editor saved in between.
    /// </summary>
    public int Version { get; private set; } = 1;

    /// <summary>The last change of the project or one of its milestones; the public page shows it („zuletzt geändert am …“).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who changed the project or a milestone last; kept for the administration, never shown publicly.</summary>
    public Guid? UpdatedBy { get; private set; }

    public List<Milestone> Milestones { get; private set; } = [];

    public static Project Create(string measure, string title, string summary, string status, string nextSteps, Guid? ideaId, DateTimeOffset now, bool isDemo = false) => new()
    {
        Id = Guid.NewGuid(),
        Measure = measure,
        Title = title,
        Summary = summary,
        Status = status,
        NextSteps = nextSteps,
        IdeaId = ideaId,
        CreatedAt = now,
        UpdatedAt = now,
        IsDemo = isDemo,
    };

    public void Edit(string status, string summary, string nextSteps, Guid by, DateTimeOffset now)
    {
        Status = status;
        Summary = summary;
        NextSteps = nextSteps;
        Version++;
        Touch(by, now);
    }

    /// <summary>Notes a change of the project or one of its milestones.</summary>
    public void Touch(Guid by, DateTimeOffset now)
    {
        UpdatedAt = now;
        UpdatedBy = by;
    }

    public void ForgetPerson(Guid person)
    {
        if (UpdatedBy == person)
        {
            UpdatedBy = null;
        }
    }

    public Milestone AddMilestone(string title, DateOnly dueOn, DateOnly? doneOn)
    {
        var milestone = Milestone.Create(Id, title, dueOn, doneOn, Milestones.Count == 0 ? 1 : Milestones.Max(m => m.Position) + 1);
        Milestones.Add(milestone);
        return milestone;
    }
}
