using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Security;

/// <summary>
/// The second step of signing in, after the password: a code from the authenticator app or a recovery code. Only works
/// while the password step's short-lived cookie is there. Wrong codes count towards the lockout.
/// </summary>
internal static class SignInWithCode
{
    internal sealed class Request
    {
        public string? Code { get; set; }

        public bool RememberDevice { get; set; }
    }

    internal enum Outcome
    {
        SignedIn,
        NoPendingSignIn,
    }

    public static async Task<Outcome<Outcome>> ExecuteAsync(
        Request request, bool recoveryCode, bool rememberMe, SignInManager<Person> signIn, IStringLocalizer<SecurityText> text)
    {
        var person = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (person is null)
        {
            return Outcome<Outcome>.Ok(Outcome.NoPendingSignIn);
        }

        var errors = new ValidationErrors();
        var code = recoveryCode ? (request.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim() : AuthenticatorKey.Normalize(request.Code);
        if (code.Length == 0)
        {
            return Outcome<Outcome>.Invalid(errors.Add(nameof(Request.Code), text[recoveryCode ? "RecoveryCode.Required" : "Code.Required"]));
        }

        var result = recoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, rememberMe, request.RememberDevice);
        if (result.Succeeded)
        {
            return Outcome<Outcome>.Ok(Outcome.SignedIn);
        }

        var locked = result.IsLockedOut || await signIn.UserManager.IsLockedOutAsync(person);
        return Outcome<Outcome>.Invalid(errors.Add(nameof(Request.Code),
            locked ? text["LockedOut"] : text[recoveryCode ? "RecoveryCode.Wrong" : "Code.Wrong"]));
    }
}
