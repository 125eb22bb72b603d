using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Accounts;

/// <summary>
/// Signs a person in with e-mail and password. Messages never tell whether an address has an account. Wrong passwords
/// slow down further tries from the same client address (<see cref="SignInThrottle"/>) instead of locking the account,
/// so nobody can lock out someone else; the lockout only follows wrong second-factor codes.
/// </summary>
internal static class SignIn
{
    internal sealed class Request
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }

    internal enum Outcome
    {
        SignedIn,
        RequiresTwoFactor,
    }

    public static async Task<Outcome<Outcome>> ExecuteAsync(
        Request request, string? client, SignInManager<Person> signIn, SignInThrottle throttle, IStringLocalizer<AccountText> text)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(throttle);
        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(request.Email), nameof(Request.Email), text["SignIn.EmailRequired"]);
        errors.AddIf(string.IsNullOrEmpty(request.Password), nameof(Request.Password), text["SignIn.PasswordRequired"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Outcome>.Invalid(errors);
        }

        var email = request.Email!.Trim();
        if (throttle.WaitFor(email, client) is { } wait)
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            return Outcome<Outcome>.Invalid(errors.Add(nameof(Request.Email), minutes == 1 ? text["SignIn.Wait.One"] : text["SignIn.Wait.Many", minutes]));
        }

        var person = await signIn.UserManager.FindByEmailAsync(email);
        var result = person is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(person, request.Password!, request.RememberMe, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(email, client);
            return Outcome<Outcome>.Ok(result.Succeeded ? Outcome.SignedIn : Outcome.RequiresTwoFactor);
        }

        // A lockout (after wrong second-factor codes) gets the same answer as a wrong password: the attempt names no account.
        throttle.Failed(email, client);
        return Outcome<Outcome>.Invalid(errors.Add(nameof(Request.Email), text["SignIn.Failed"]));
    }
}
