using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Security;

/// <summary>
/// Switches two-factor sign-in off. An open session alone is not enough: the current password or a code from the app
/// proves it is the person. Wrong answers count towards the lockout like wrong passwords.
/// </summary>
internal static class DisableTwoFactor
{
    internal sealed class Request
    {
        public string? Password { get; set; }

        public string? Code { get; set; }
    }

    public static async Task<Outcome<bool>> ExecuteAsync(
        Request request, Person person, SignInManager<Person> signIn, IAuditLog audit, IStringLocalizer<SecurityText> text, CancellationToken cancellationToken)
    {
        var users = signIn.UserManager;
        var errors = new ValidationErrors();
        if (!await users.GetTwoFactorEnabledAsync(person))
        {
            return Outcome<bool>.Invalid(errors.Add(nameof(Request.Password), text["Disable.AlreadyOff"]));
        }

        var code = AuthenticatorKey.Normalize(request.Code);
        if (string.IsNullOrEmpty(request.Password) && code.Length == 0)
        {
            return Outcome<bool>.Invalid(errors.Add(nameof(Request.Password), text["Disable.ProofRequired"]));
        }

        var proven = false;
        if (!string.IsNullOrEmpty(request.Password))
        {
            var check = await signIn.CheckPasswordSignInAsync(person, request.Password, lockoutOnFailure: true);
            proven = check.Succeeded;
            if (check.IsLockedOut)
            {
                return Outcome<bool>.Invalid(errors.Add(nameof(Request.Password), text["LockedOut"]));
            }
        }

        if (!proven && code.Length > 0)
        {
            proven = await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, code);
            if (!proven)
            {
                await users.AccessFailedAsync(person);
            }
        }

        if (!proven)
        {
            return Outcome<bool>.Invalid(errors.Add(nameof(Request.Password), text["Disable.ProofWrong"]));
        }

        await users.SetTwoFactorEnabledAsync(person, false);
        // The old app and the old recovery codes must not work again when two-factor sign-in is switched on later.
        await users.ResetAuthenticatorKeyAsync(person);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 0);
        await SecurityAudit.RecordAsync(audit, SecurityAudit.TwoFactorDisabled, person, null, cancellationToken);
        return Outcome<bool>.Ok(true);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/me/two-factor", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (
                [FromBody] Request request, ClaimsPrincipal user, SignInManager<Person> signIn, IAuditLog audit,
                IStringLocalizer<SecurityText> text, CancellationToken ct) =>
            {
                var person = await signIn.UserManager.GetUserAsync(user);
                if (person is null)
                {
                    return SecurityProblems.NoPerson();
                }

                var result = await ExecuteAsync(request, person, signIn, audit, text, ct);
                if (!result.IsOk)
                {
                    return result.ToValidationProblem();
                }

                await signIn.RefreshSignInAsync(person);
                return TypedResults.NoContent();
            })
            .WithName("DisableTwoFactor")
            .WithSummary("Switches two-factor sign-in off; needs the current password or a code from the app.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireAntiforgeryHeader();
}
