using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Accounts;

/// <summary>Signs a person in with e-mail and password. Messages never tell whether an address has an account.</summary>
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

    public static async Task<Result<Outcome>> ExecuteAsync(Request request, SignInManager<Person> signIn, IStringLocalizer<AccountText> text)
    {
        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(request.Email), nameof(Request.Email), text["SignIn.EmailRequired"]);
        errors.AddIf(string.IsNullOrEmpty(request.Password), nameof(Request.Password), text["SignIn.PasswordRequired"]);
        if (!errors.IsEmpty)
        {
            return Result<Outcome>.Invalid(errors);
        }

        var person = await signIn.UserManager.FindByEmailAsync(request.Email!.Trim());
        var result = person is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(person, request.Password!, request.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Result<Outcome>.Ok(Outcome.SignedIn);
        }

        if (result.RequiresTwoFactor)
        {
            return Result<Outcome>.Ok(Outcome.RequiresTwoFactor);
        }

        return Result<Outcome>.Invalid(errors.Add(nameof(Request.Email), result.IsLockedOut ? text["SignIn.LockedOut"] : text["SignIn.Failed"]));
    }
}
