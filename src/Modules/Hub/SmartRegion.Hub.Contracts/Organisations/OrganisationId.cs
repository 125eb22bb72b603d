namespace SmartRegion.Hub.Contracts.Organisations;

/// <summary>The id other modules store for an organisation (provider, club, office); the Hub owns the rest.</summary>
public readonly record struct OrganisationId(Guid Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
