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

/// <summary>Sends the confirmation mail again to an account not yet confirmed; the answer is the same for every address.</summary>
internal static class ResendConfirmation
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
        if (person is { EmailConfirmed: false })
        {
            await mail.SendConfirmationAsync(person, await users.GenerateEmailConfirmationTokenAsync(person), ct);
        }

        return Outcome<Response>.Ok(new Response(text["Sent.Register"]));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/registrations/confirmation-mails", async Task<Results<Accepted<Response>, ValidationProblem>> (
                Request request, UserManager<Person> users, AccountMail mail, IStringLocalizer<SelfServiceText> text, CancellationToken ct) =>
            {
                var result = await ExecuteAsync(request, users, mail, text, ct);
                return result.IsOk ? TypedResults.Accepted((string?)null, result.Value) : result.ToValidationProblem();
            })
            .WithName("ResendConfirmation")
            .WithSummary("Sends the confirmation mail again. The answer never tells whether the address has an account.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn);
}
