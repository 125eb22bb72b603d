using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// Records refused attempts in the audit log, for every endpoint that requires authorization (pages and APIs of all
/// modules), with no code in the endpoints: a signed-in person refused with 403 by the endpoint's policy (a missing
/// role), or by the endpoint itself after passing it (a scope check in the slice, e.g. another municipality's data),
/// whether it answers 403 (APIs) or sends the person on to the page that says they may not (pages).
/// Anonymous requests are not recorded: they are answered with 401 or the sign-in page, name nobody, and are limited
/// per client address instead.
/// </summary>
internal sealed partial class AuditDeniedAccess : IAuthorizationMiddlewareResultHandler
{
    public const string Action = "access.denied";

    /// <summary>Set by the audit log when a slice has recorded its own refusal, so it is not recorded twice.</summary>
    public const string RecordedKey = "SmartRegion.Audit.DeniedRecorded";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && IsSignedIn(context.User))
        {
            await RecordAsync(context, "refused by the authorization policy");
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (authorizeResult.Succeeded && IsSignedIn(context.User) && !context.Items.ContainsKey(RecordedKey))
        {
            if (context.Response.StatusCode == StatusCodes.Status403Forbidden)
            {
                await RecordAsync(context, "refused by the endpoint");
            }
            else if (IsRedirectToAccessDenied(context.Response))
            {
                // A page whose slice refused sends the person on to the page that says so, not a bare 403.
                await RecordAsync(context, "refused by the page");
            }
        }
    }

    private static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    private static bool IsRedirectToAccessDenied(HttpResponse response) =>
        response.StatusCode is StatusCodes.Status302Found or StatusCodes.Status303SeeOther or StatusCodes.Status307TemporaryRedirect
        && Uri.TryCreate(response.Headers.Location.ToString(), UriKind.RelativeOrAbsolute, out var target)
        && (target.IsAbsoluteUri ? target.AbsolutePath : target.OriginalString.Split('?', '#')[0]) == Accounts.AccountRegistration.AccessDeniedPath;

    private static async Task RecordAsync(HttpContext context, string reason)
    {
        var endpoint = context.GetEndpoint();
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
        var policies = string.Join(",", endpoint?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct() ?? []);
        var details = $"{reason}; path={context.Request.Path}" + (policies.Length > 0 ? $"; policy={policies}" : "");
        try
        {
            await context.RequestServices.GetRequiredService<IAuditLog>().RecordAsync(
                new AuditRecord(Action, "endpoint", $"{context.Request.Method} {route}", Details: details), context.RequestAborted);
            context.Items[RecordedKey] = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The refusal stands either way; a log that cannot be written must not turn a 403 into a 500.
            LogNotRecorded(context.RequestServices.GetRequiredService<ILogger<AuditDeniedAccess>>(), route, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A refused attempt at {Route} could not be recorded in the audit log: {Reason}")]
    private static partial void LogNotRecorded(ILogger logger, string route, string reason);
}
