namespace SmartRegion.Participation.Processes;

/// <summary>
/// A participation process: it belongs to one municipality (whose staff run it) or to the whole region (run by region
/// admins), has dated phases, and — when it carries a participatory budget — an amount and a voting method.
/// </summary>
internal sealed class Process
{
    public const int MaxTitle = 200;
    public const int MaxSummary = 4_000;
    public const int MaxSlug = 90;

    private Process()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>The municipality (AGS); null for a process of the whole region.</summary>
    public string? MunicipalityAgs { get; private set; }

    /// <summary>The amount of the participatory budget in euros; null when the process has no budget.</summary>
    public decimal? Budget { get; private set; }

    /// <summary>One of <see cref="VotingMethods"/>.</summary>
    public string VotingMethod { get; private set; } = VotingMethods.Knapsack;

    /// <summary>How many supports a proposal needs before the municipality must look at it; null when the process sets none.</summary>
    public int? SupportThreshold { get; private set; }

    /// <summary>Invented content of the demo installation; pages say so.</summary>
    public bool IsDemo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public List<ProcessPhase> Phases { get; private set; } = [];

    public ProcessPhase? VotePhase => Phases.FirstOrDefault(p => p.Kind == PhaseKinds.Vote);

    public ProcessPhase? CollectionPhase => Phases.FirstOrDefault(p => p.Kind == PhaseKinds.Collection);

    public static Process Create(string slug, string? municipalityAgs, ProcessFields fields, bool isDemo, DateTimeOffset now)
    {
        var process = new Process { Id = Guid.NewGuid(), Slug = slug, MunicipalityAgs = municipalityAgs, IsDemo = isDemo, CreatedAt = now };
        process.Change(fields, now);
        return process;
    }

    public void Change(ProcessFields fields, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Title = fields.Title;
        Summary = fields.Summary;
        Budget = fields.Budget;
        VotingMethod = fields.VotingMethod;
        SupportThreshold = fields.SupportThreshold;
        Phases.Clear();
        Phases.AddRange(fields.Phases.Select(p => ProcessPhase.Create(Id, p.Kind, p.StartsAt, p.EndsAt)));
        UpdatedAt = now;
    }

    /// <summary>The phase running at <paramref name="now"/>, or null before the first and after the last.</summary>
    public ProcessPhase? PhaseAt(DateTimeOffset now) => Phases.FirstOrDefault(p => p.IsOpenAt(now));

    /// <summary><c>upcoming</c>, <c>running</c> or <c>finished</c>.</summary>
    public string StatusAt(DateTimeOffset now) => ProcessStatus.Of(Phases.Select(p => (p.StartsAt, p.EndsAt)), now);
}

/// <summary>The fields staff set on a process, already checked.</summary>
internal sealed record ProcessFields(string Title, string Summary, decimal? Budget, string VotingMethod, IReadOnlyList<PhaseDates> Phases, int? SupportThreshold = null);

/// <summary>A phase's dates, as instants.</summary>
internal sealed record PhaseDates(string Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>How a participatory budget is voted on.</summary>
internal static class VotingMethods
{
    /// <summary>Choose projects whose costs together fit the budget.</summary>
    public const string Knapsack = "knapsack";

    /// <summary>Approve any number of projects.</summary>
    public const string Approval = "approval";

    public static readonly IReadOnlyList<string> All = [Knapsack, Approval];
}

/// <summary>Where a process stands, from its phases' dates.</summary>
internal static class ProcessStatus
{
    public const string Upcoming = "upcoming";
    public const string Running = "running";
    public const string Finished = "finished";

    public static readonly IReadOnlyList<string> All = [Running, Upcoming, Finished];

    public static string Of(IEnumerable<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> phases, DateTimeOffset now)
    {
        var list = phases.ToList();
        if (list.Count == 0 || now < list.Min(p => p.StartsAt))
        {
            return Upcoming;
        }

        return now >= list.Max(p => p.EndsAt) ? Finished : Running;
    }
}
