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

/// <summary>The link from the confirmation mail confirms the address. It signs nobody in: the person signs in afterwards.</summary>
internal static class ConfirmRegistration
{
    internal sealed class Request
    {
        public string? Person { get; set; }

        public string? Code { get; set; }
    }

    public static async Task<Outcome<bool>> ExecuteAsync(Request request, UserManager<Person> users, IStringLocalizer<SelfServiceText> text)
    {
        var id = AccountTokens.PersonId(request.Person);
        var token = AccountTokens.Decode(request.Code);
        var person = id is null || token is null ? null : await users.FindByIdAsync(id.Value.ToString());
        if (person is null || !(await users.ConfirmEmailAsync(person, token!)).Succeeded)
        {
            return Outcome<bool>.Invalid(new ValidationErrors().Add(nameof(Request.Code), text["Confirm.Invalid"]));
        }

        return Outcome<bool>.Ok(true);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/registrations/confirmation", async Task<Results<NoContent, ValidationProblem>> (
                Request request, UserManager<Person> users, IStringLocalizer<SelfServiceText> text) =>
            {
                var result = await ExecuteAsync(request, users, text);
                return result.IsOk ? TypedResults.NoContent() : result.ToValidationProblem();
            })
            .WithName("ConfirmRegistration")
            .WithSummary("Confirms an account's address with the person id and code from the confirmation mail.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn);
}
