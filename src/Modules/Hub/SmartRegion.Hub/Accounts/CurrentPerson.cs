using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Hub.Accounts;

/// <summary>Reads the signed-in person from the request's claims (cookie or bearer token alike).</summary>
internal sealed class CurrentPerson(IHttpContextAccessor http) : ICurrentPerson
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true && Id is not null;

    public PersonId? Id =>
        Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? User.FindFirstValue("sub"), out var id) ? new PersonId(id) : null;

    public string? DisplayName => User.FindFirstValue(ClaimTypes.Name) ?? User.FindFirstValue("name");

    public bool IsRegionAdmin => User.IsInRole(HubRoles.RegionAdmin);

    public bool HasRoleIn(string role, string municipalityAgs) =>
        IsRegionAdmin || User.HasClaim(HubRoles.ScopeClaim, $"{role}@{municipalityAgs}");

    public IReadOnlyList<string> MunicipalitiesWhere(string role) =>
        [.. User.FindAll(HubRoles.ScopeClaim)
            .Select(c => c.Value.Split('@'))
            .Where(parts => parts.Length == 2 && parts[0] == role)
            .Select(parts => parts[1])
            .Distinct()];
}
