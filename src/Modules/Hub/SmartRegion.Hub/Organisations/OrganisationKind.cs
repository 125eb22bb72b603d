namespace SmartRegion.Hub.Organisations;

/// <summary>What an organisation is: a provider of help offers, a club, or an office of a municipality.</summary>
internal enum OrganisationKind
{
    Provider,
    Club,
    Office,
}
