using Microsoft.AspNetCore.Authorization;

namespace SmartRegion.Hub.Contracts;

/// <summary>
/// Resource-based requirement: the person holds <see cref="Role"/> (see <see cref="HubRoles"/>) for the municipality
/// whose AGS is the resource, or is a region admin. The Hub registers the handler; any module evaluates it with
/// <c>IAuthorizationService.AuthorizeAsync(user, ags, new MunicipalityScopeRequirement(HubRoles.Staff))</c>.
/// </summary>
/// <param name="Role">The scoped role required, e.g. <see cref="HubRoles.Moderator"/>.</param>
public sealed record MunicipalityScopeRequirement(string Role) : IAuthorizationRequirement;
