namespace SmartRegion.Hub.Roles;

/// <summary>One role of one person as the role administration shows it.</summary>
internal sealed record RoleAssignmentItem(
    Guid Id, Guid PersonId, string Email, string DisplayName, string Role, string? MunicipalityAgs, string? MunicipalityName, DateTimeOffset GrantedAt);
