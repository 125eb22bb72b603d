namespace SmartRegion.Hub.Contracts.People;

/// <summary>Who is making the current request, with their roles and the municipalities each role applies to.</summary>
public interface ICurrentPerson
{
    /// <summary>True when someone is signed in.</summary>
    bool IsSignedIn { get; }

    /// <summary>The person's id; null when nobody is signed in.</summary>
    PersonId? Id { get; }

    /// <summary>The name the person chose to be shown.</summary>
    string? DisplayName { get; }

    /// <summary>True for region administrators.</summary>
    bool IsRegionAdmin { get; }

    /// <summary>True when the person holds <paramref name="role"/> (see <see cref="HubRoles"/>) for the municipality, or is a region admin.</summary>
    bool HasRoleIn(string role, string municipalityAgs);

    /// <summary>The municipalities (AGS) for which the person holds <paramref name="role"/>.</summary>
    IReadOnlyList<string> MunicipalitiesWhere(string role);
}
