using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Security;

/// <summary>New recovery codes; the old ones stop working.</summary>
internal static class RegenerateRecoveryCodes
{
    /// <summary>The new codes, or null when two-factor sign-in is off (there is nothing to recover).</summary>
    public static async Task<IReadOnlyList<string>?> ExecuteAsync(Person person, UserManager<Person> users, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!await users.GetTwoFactorEnabledAsync(person))
        {
            return null;
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(person, EnableTwoFactor.RecoveryCodeCount);
        await SecurityAudit.RecordAsync(audit, SecurityAudit.RecoveryCodesRegenerated, person, null, cancellationToken);
        return [.. codes ?? []];
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/me/two-factor/recovery-codes", async Task<Results<Ok<EnableTwoFactor.Response>, ProblemHttpResult>> (
                ClaimsPrincipal user, UserManager<Person> users, IAuditLog audit, CancellationToken ct) =>
            {
                var person = await users.GetUserAsync(user);
                if (person is null)
                {
                    return SecurityProblems.NoPerson();
                }

                var codes = await ExecuteAsync(person, users, audit, ct);
                return codes is null
                    ? SecurityProblems.Conflict("Two-factor sign-in is off; there are no recovery codes to renew.")
                    : TypedResults.Ok(new EnableTwoFactor.Response(codes));
            })
            .WithName("RegenerateRecoveryCodes")
            .WithSummary("Creates ten new recovery codes; the old ones stop working.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireAntiforgeryHeader();
}
