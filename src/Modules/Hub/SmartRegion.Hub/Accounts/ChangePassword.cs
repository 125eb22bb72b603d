using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Accounts;

/// <summary>The signed-in person sets a new password, proving the current one. This session stays; others end at their next check.</summary>
internal static class ChangePassword
{
    internal sealed class Request
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }
    }

    public static async Task<Outcome<bool>> ExecuteAsync(Request request, Person person, SignInManager<Person> signIn, IStringLocalizer<SelfServiceText> text)
    {
        var users = signIn.UserManager;
        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrEmpty(request.CurrentPassword), nameof(Request.CurrentPassword), text["Password.CurrentRequired"]);
        await PasswordRules.CheckAsync(users, person, request.NewPassword, nameof(Request.NewPassword), errors, text);
        if (!errors.IsEmpty)
        {
            return Outcome<bool>.Invalid(errors);
        }

        var changed = await users.ChangePasswordAsync(person, request.CurrentPassword!, request.NewPassword!);
        if (!changed.Succeeded)
        {
            return Outcome<bool>.Invalid(errors.Add(nameof(Request.CurrentPassword), text["Password.CurrentWrong"]));
        }

        await signIn.RefreshSignInAsync(person);
        return Outcome<bool>.Ok(true);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/me/password", async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> (
                Request request, SignInManager<Person> signIn, IStringLocalizer<SelfServiceText> text) =>
            {
                if (await SignedInPerson.FindAsync(signIn) is not { } person)
                {
                    return TypedResults.Unauthorized();
                }

                var result = await ExecuteAsync(request, person, signIn, text);
                return result.IsOk ? TypedResults.NoContent() : result.ToValidationProblem();
            })
            .WithName("ChangePassword")
            .WithSummary("Sets a new password for the signed-in person; needs the current one.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireRateLimiting(RateLimits.SignIn);
}
