namespace SmartRegion.Participation.Voting;

/// <summary>
/// A secret ballot: the choices, kept apart from <see cref="Voter"/>. No person, no channel, no time — only a random
/// id and the hash of the voter's receipt code, so a receipt shows the ballot is counted without telling whose it is.
/// </summary>
internal sealed class Ballot
{
    private Ballot()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProcessId { get; private set; }

    /// <summary>SHA-256 of the receipt code (hex); the code itself is shown once to the voter and never stored.</summary>
    public string ReceiptHash { get; private set; } = "";

    public List<BallotChoice> Choices { get; private set; } = [];

    public static Ballot Create(Guid processId, string receiptHash, IEnumerable<Guid> projects)
    {
        var ballot = new Ballot { Id = Guid.NewGuid(), ProcessId = processId, ReceiptHash = receiptHash };
        ballot.Choices.AddRange(projects.Select(p => new BallotChoice(ballot.Id, p)));
        return ballot;
    }
}

/// <summary>One project chosen on a ballot.</summary>
internal sealed record BallotChoice(Guid BallotId, Guid ProjectId);
