namespace SmartRegion.Participation.Processes;

/// <summary>One phase of a process: from the start of its first day to the end of its last day (Europe/Berlin).</summary>
internal sealed class ProcessPhase
{
    private ProcessPhase()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProcessId { get; private set; }

    /// <summary>One of <see cref="PhaseKinds"/>.</summary>
    public string Kind { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public bool IsOpenAt(DateTimeOffset now) => StartsAt <= now && now < EndsAt;

    public static ProcessPhase Create(Guid processId, string kind, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        new() { Id = Guid.NewGuid(), ProcessId = processId, Kind = kind, StartsAt = startsAt, EndsAt = endsAt };
}
