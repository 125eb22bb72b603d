using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Security;

/// <summary>A code from the authenticator app proves the setup; then two-factor sign-in is on and ten recovery codes exist.</summary>
internal static class EnableTwoFactor
{
    public const int RecoveryCodeCount = 10;

    internal sealed class Request
    {
        public string? Code { get; set; }
    }

    internal sealed record Response(IReadOnlyList<string> RecoveryCodes);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, Person person, UserManager<Person> users, IAuditLog audit, IStringLocalizer<SecurityText> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var code = AuthenticatorKey.Normalize(request.Code);
        if (code.Length == 0)
        {
            return Outcome<Response>.Invalid(errors.Add(nameof(Request.Code), text["Code.Required"]));
        }

        if (await users.GetTwoFactorEnabledAsync(person))
        {
            return Outcome<Response>.Invalid(errors.Add(nameof(Request.Code), text["Enable.AlreadyOn"]));
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(person))
            || !await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return Outcome<Response>.Invalid(errors.Add(nameof(Request.Code), text["Code.Wrong"]));
        }

        await users.SetTwoFactorEnabledAsync(person, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(person, RecoveryCodeCount);
        await SecurityAudit.RecordAsync(audit, SecurityAudit.TwoFactorEnabled, person, "method: authenticator app", cancellationToken);
        return Outcome<Response>.Ok(new Response([.. codes ?? []]));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/me/two-factor/enable", async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> (
                Request request, ClaimsPrincipal user, UserManager<Person> users, SignInManager<Person> signIn, IAuditLog audit,
                IStringLocalizer<SecurityText> text, CancellationToken ct) =>
            {
                var person = await users.GetUserAsync(user);
                if (person is null)
                {
                    return SecurityProblems.NoPerson();
                }

                var result = await ExecuteAsync(request, person, users, audit, text, ct);
                if (!result.IsOk)
                {
                    return result.ToValidationProblem();
                }

                await signIn.RefreshSignInAsync(person);
                return TypedResults.Ok(result.Value!);
            })
            .WithName("EnableTwoFactor")
            .WithSummary("Switches two-factor sign-in on with a code from the authenticator app; answers with ten recovery codes.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireAntiforgeryHeader();
}
