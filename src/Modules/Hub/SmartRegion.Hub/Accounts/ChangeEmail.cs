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

/// <summary>
/// The signed-in person asks to use a new address. Nothing changes yet: the new address gets a confirmation link and the
/// old one a notice. If the new address has an account already, it gets a mail saying so, and the answer is the same.
/// </summary>
internal static class ChangeEmail
{
    internal sealed class Request
    {
        public string? NewEmail { get; set; }

        public string? CurrentPassword { get; set; }
    }

    internal sealed record Response(string Message);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, Person person, UserManager<Person> users, AccountMail mail, IStringLocalizer<SelfServiceText> text, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var email = request.NewEmail?.Trim() ?? "";
        if (!EmailAddress.IsValid(email))
        {
            errors.Add(nameof(Request.NewEmail), text["Email.Invalid"]);
        }
        else
        {
            errors.AddIf(string.Equals(users.NormalizeEmail(email), person.NormalizedEmail, StringComparison.Ordinal), nameof(Request.NewEmail), text["EmailChange.Same"]);
        }

        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            errors.Add(nameof(Request.CurrentPassword), text["Password.CurrentRequired"]);
        }
        else if (errors.IsEmpty && !await users.CheckPasswordAsync(person, request.CurrentPassword))
        {
            errors.Add(nameof(Request.CurrentPassword), text["Password.CurrentWrong"]);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await mail.SendAddressInUseAsync(email, ct);
        }
        else
        {
            await mail.SendEmailChangeAsync(person, email, await users.GenerateChangeEmailTokenAsync(person, email), ct);
        }

        await mail.SendEmailChangeNoticeAsync(person, ct);
        return Outcome<Response>.Ok(new Response(text["Sent.EmailChange"]));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/me/email-change", async Task<Results<Accepted<Response>, ValidationProblem, UnauthorizedHttpResult>> (
                Request request, SignInManager<Person> signIn, AccountMail mail, IStringLocalizer<SelfServiceText> text, CancellationToken ct) =>
            {
                if (await SignedInPerson.FindAsync(signIn) is not { } person)
                {
                    return TypedResults.Unauthorized();
                }

                var result = await ExecuteAsync(request, person, signIn.UserManager, mail, text, ct);
                return result.IsOk ? TypedResults.Accepted((string?)null, result.Value) : result.ToValidationProblem();
            })
            .WithName("ChangeEmail")
            .WithSummary("Mails a confirmation link to the new address; the change takes effect once it is confirmed.")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireRateLimiting(RateLimits.SignIn);
}
