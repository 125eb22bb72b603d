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

/// <summary>Sends a link to set a new password to a confirmed account; the answer is the same for every address.</summary>
internal static class ForgotPassword
{
    internal sealed class Request
    {
        public string? Email { get; set; }
    }

    internal sealed record Response(string Message);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, UserManager<Person> users, AccountMail mail, IStringLocalizer<SelfServiceText> text, CancellationToken ct)
    {
        if (!EmailAddress.IsValid(request.Email))
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add(nameof(Request.Email), text["Email.Invalid"]));
        }

        var person = await users.FindByEmailAsync(request.Email!.Trim());
        if (person is { EmailConfirmed: true })
        {
            await mail.SendPasswordResetAsync(person, await users.GeneratePasswordResetTokenAsync(person), ct);
        }

        return Outcome<Response>.Ok(new Response(text["Sent.Reset"]));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/password-resets", async Task<Results<Accepted<Response>, ValidationProblem>> (
                Request request, UserManager<Person> users, AccountMail mail, IStringLocalizer<SelfServiceText> text, CancellationToken ct) =>
            {
                var result = await ExecuteAsync(request, users, mail, text, ct);
                return result.IsOk ? TypedResults.Accepted((string?)null, result.Value) : result.ToValidationProblem();
            })
            .WithName("ForgotPassword")
            .WithSummary("Mails a link to set a new password. The answer never tells whether the address has an account.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn);
}
