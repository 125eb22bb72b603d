namespace SmartRegion.Hub.Organisations;

/// <summary>A member's role in an organisation; every organisation has exactly one owner.</summary>
internal enum OrganisationRole
{
    Owner,
    Member,
}
