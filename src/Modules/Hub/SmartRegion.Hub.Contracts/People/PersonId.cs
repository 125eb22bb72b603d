namespace SmartRegion.Hub.Contracts.People;

/// <summary>The id other modules store for a person; the Hub owns everything else about them.</summary>
public readonly record struct PersonId(Guid Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
