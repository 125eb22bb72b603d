using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// A bearer token opens a module's API (<c>/api/&lt;module&gt;/…</c>) only when it carries that module's scope.
/// Sign-in cookies are unaffected: a person on the platform's own pages has every scope.
/// </summary>
internal sealed class ApiScopeRequirement : IAuthorizationRequirement
{
    internal sealed class Handler(IHttpContextAccessor http) : AuthorizationHandler<ApiScopeRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiScopeRequirement requirement)
        {
            var request = http.HttpContext?.Request;
            if (request is null || !SingleSignOnRegistration.IsApiBearer(request))
            {
                context.Succeed(requirement);
                return Task.CompletedTask;
            }

            var segments = (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length >= 2 && string.Equals(segments[0], "api", StringComparison.OrdinalIgnoreCase) && context.User.HasScope(segments[1]))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
