using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Accounts;

/// <summary>Sets a new password with the link from the mail; this also lifts a lockout and the wait after wrong passwords.</summary>
internal static class ResetPassword
{
    internal sealed class Request
    {
        public string? Person { get; set; }

        public string? Code { get; set; }

        public string? NewPassword { get; set; }
    }

    /// <summary>Whether the link still works, so the page can say so before the person types a password.</summary>
    public static async Task<bool> IsLinkValidAsync(string? personId, string? code, UserManager<Person> users)
    {
        var (person, token) = await FindAsync(personId, code, users);
        return person is not null && await users.VerifyUserTokenAsync(
            person, users.Options.Tokens.PasswordResetTokenProvider, UserManager<Person>.ResetPasswordTokenPurpose, token!);
    }

    public static async Task<Outcome<bool>> ExecuteAsync(Request request, UserManager<Person> users, SignInThrottle throttle, IStringLocalizer<SelfServiceText> text)
    {
        var errors = new ValidationErrors();
        var (person, token) = await FindAsync(request.Person, request.Code, users);
        if (person is null)
        {
            return Outcome<bool>.Invalid(errors.Add(nameof(Request.Code), text["Reset.Invalid"]));
        }

        await PasswordRules.CheckAsync(users, person, request.NewPassword, nameof(Request.NewPassword), errors, text);
        if (!errors.IsEmpty)
        {
            return Outcome<bool>.Invalid(errors);
        }

        if (!(await users.ResetPasswordAsync(person, token!, request.NewPassword!)).Succeeded)
        {
            return Outcome<bool>.Invalid(errors.Add(nameof(Request.Code), text["Reset.Invalid"]));
        }

        // Whoever holds the mailbox may sign in again at once.
        await users.ResetAccessFailedCountAsync(person);
        await users.SetLockoutEndDateAsync(person, null);
        // Whoever reset the password holds the mailbox: their next sign-in need not wait for earlier wrong guesses.
        ArgumentNullException.ThrowIfNull(throttle);
        throttle.Forget(person.Email ?? "");
        return Outcome<bool>.Ok(true);
    }

    private static async Task<(Person? Person, string? Token)> FindAsync(string? personId, string? code, UserManager<Person> users)
    {
        var id = AccountTokens.PersonId(personId);
        var token = AccountTokens.Decode(code);
        return id is null || token is null ? (null, null) : (await users.FindByIdAsync(id.Value.ToString()), token);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/password-resets/confirmation", async Task<Results<NoContent, ValidationProblem>> (
                Request request, UserManager<Person> users, SignInThrottle throttle, IStringLocalizer<SelfServiceText> text) =>
            {
                var result = await ExecuteAsync(request, users, throttle, text);
                return result.IsOk ? TypedResults.NoContent() : result.ToValidationProblem();
            })
            .WithName("ResetPassword")
            .WithSummary("Sets a new password with the person id and code from the reset mail.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn);
}
