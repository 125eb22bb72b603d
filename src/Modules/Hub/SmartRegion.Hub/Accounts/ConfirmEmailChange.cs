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

/// <summary>
/// The link from the mail to the new address makes the change: address and sign-in name become the new address.
/// The link works in any browser; if that browser is signed in as the person, the sign-in is refreshed.
/// </summary>
internal static class ConfirmEmailChange
{
    internal sealed class Request
    {
        public string? Person { get; set; }

        public string? Email { get; set; }

        public string? Code { get; set; }
    }

    public static async Task<Outcome<bool>> ExecuteAsync(Request request, SignInManager<Person> signIn, IStringLocalizer<SelfServiceText> text)
    {
        var users = signIn.UserManager;
        var id = AccountTokens.PersonId(request.Person);
        var token = AccountTokens.Decode(request.Code);
        var email = request.Email?.Trim();
        var person = id is null || token is null || !EmailAddress.IsValid(email) ? null : await users.FindByIdAsync(id.Value.ToString());
        if (person is null || !(await users.ChangeEmailAsync(person, email!, token!)).Succeeded)
        {
            return Outcome<bool>.Invalid(new ValidationErrors().Add(nameof(Request.Code), text["EmailChange.Invalid"]));
        }

        var renamed = await users.SetUserNameAsync(person, email);
        if (!renamed.Succeeded)
        {
            throw new InvalidOperationException("The sign-in name could not follow the address: " + string.Join(", ", renamed.Errors.Select(e => e.Code)));
        }

        if (string.Equals(users.GetUserId(signIn.Context.User), person.Id.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            await signIn.RefreshSignInAsync(person);
        }

        return Outcome<bool>.Ok(true);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/email-changes/confirmation", async Task<Results<NoContent, ValidationProblem>> (
                Request request, SignInManager<Person> signIn, IStringLocalizer<SelfServiceText> text) =>
            {
                var result = await ExecuteAsync(request, signIn, text);
                return result.IsOk ? TypedResults.NoContent() : result.ToValidationProblem();
            })
            .WithName("ConfirmEmailChange")
            .WithSummary("Confirms a new address with the person id, address and code from the mail; the change takes effect now.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn);
}
