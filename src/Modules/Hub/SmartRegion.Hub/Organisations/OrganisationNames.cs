namespace SmartRegion.Hub.Organisations;

/// <summary>The names organisations' kinds and roles have in the API and in the resource keys.</summary>
internal static class OrganisationNames
{
    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Provider => "provider",
        OrganisationKind.Club => "club",
        _ => "office",
    };

    public static OrganisationKind? ParseKind(string? value) => value?.Trim() switch
    {
        "provider" => OrganisationKind.Provider,
        "club" => OrganisationKind.Club,
        "office" => OrganisationKind.Office,
        _ => null,
    };

    public static string Role(OrganisationRole role) => role == OrganisationRole.Owner ? "owner" : "member";
}
