namespace SmartRegion.Participation.Voting;

/// <summary>
/// The participation record: this person has voted in this process, through this channel. It proves one person, one
/// vote (a unique key on process and person) and holds nothing of the choices. Its id is random and it carries only
/// the day, so neither id nor time links it to the ballot written in the same transaction.
/// </summary>
internal sealed class Voter
{
    private Voter()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProcessId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>One of <see cref="VoteChannels"/>.</summary>
    public string Channel { get; private set; } = "";

    /// <summary>The day (Europe/Berlin) only, for statistics per day.</summary>
    public DateOnly VotedOn { get; private set; }

    /// <summary>The person deleted their account: the vote keeps counting in the turnout, under a random id.</summary>
    public void ForgetPerson() => PersonId = Guid.NewGuid();

    public static Voter Create(Guid processId, Guid personId, string channel, DateOnly votedOn) =>
        new() { Id = Guid.NewGuid(), ProcessId = processId, PersonId = personId, Channel = channel, VotedOn = votedOn };
}

/// <summary>Where a vote was cast.</summary>
internal static class VoteChannels
{
    public const string Online = "online";
    public const string Booth = "booth";
}
