using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Accounts;

/// <summary>
/// Anyone opens an account. The answer is always "check your mailbox": a new address gets the confirmation link,
/// an address that has an account already gets a mail saying so; the page never tells the two apart.
/// </summary>
internal static class Register
{
    internal sealed class Request
    {
        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? HomeMunicipalityAgs { get; set; }

        public bool Consent { get; set; }
    }

    internal sealed record Response(string Message);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, UserManager<Person> users, IMunicipalityDirectory municipalities, AccountMail mail, TimeProvider time,
        IStringLocalizer<SelfServiceText> text, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        ProfileRules.CheckDisplayName(request.DisplayName, nameof(Request.DisplayName), errors, text);
        errors.AddIf(!EmailAddress.IsValid(request.Email), nameof(Request.Email), text["Email.Invalid"]);
        var email = request.Email?.Trim() ?? "";
        var person = new Person
        {
            UserName = email,
            Email = email,
            DisplayName = request.DisplayName?.Trim() ?? "",
            PreferredLanguage = LanguageCookie.Current(),
            CreatedAt = time.GetUtcNow(),
        };
        await PasswordRules.CheckAsync(users, person, request.Password, nameof(Request.Password), errors, text);
        person.HomeMunicipalityAgs = await ProfileRules.CheckMunicipalityAsync(
            request.HomeMunicipalityAgs, nameof(Request.HomeMunicipalityAgs), municipalities, errors, text, ct);
        errors.AddIf(!request.Consent, nameof(Request.Consent), text["Register.Consent.Required"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var answer = Outcome<Response>.Ok(new Response(text["Sent.Register"]));
        if (await users.FindByEmailAsync(email) is not null)
        {
            // Hash as a new account would, so the answer takes as long and its timing tells nothing either.
            _ = users.PasswordHasher.HashPassword(person, request.Password!);
            await mail.SendAlreadyRegisteredAsync(email, ct);
            return answer;
        }

        IdentityResult created;
        try
        {
            created = await users.CreateAsync(person, request.Password!);
        }
        catch (DbUpdateException)
        {
            // Two registrations of one address at the same moment: the other one won.
            return answer;
        }

        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                await mail.SendAlreadyRegisteredAsync(email, ct);
                return answer;
            }

            return Outcome<Response>.Invalid(errors.Add(nameof(Request.Email), text["Email.Invalid"]));
        }

        await mail.SendConfirmationAsync(person, await users.GenerateEmailConfirmationTokenAsync(person), ct);
        return answer;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/registrations", async Task<Results<Accepted<Response>, ValidationProblem>> (
                Request request, UserManager<Person> users, IMunicipalityDirectory municipalities, AccountMail mail, TimeProvider time,
                IStringLocalizer<SelfServiceText> text, CancellationToken ct) =>
            {
                var result = await ExecuteAsync(request, users, municipalities, mail, time, text, ct);
                return result.IsOk ? TypedResults.Accepted((string?)null, result.Value) : result.ToValidationProblem();
            })
            .WithName("Register")
            .WithSummary("Opens an account; the confirmation link goes by mail. The answer never tells whether the address has an account.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn);
}
