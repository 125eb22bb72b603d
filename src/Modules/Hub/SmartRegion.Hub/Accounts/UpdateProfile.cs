using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Accounts;

/// <summary>
/// The person changes their own name, home municipality, language and mail preference. The language also goes into the
/// culture cookie, and the sign-in is refreshed so the name in the header follows at once. Not audited: it is the
/// person's own data, changed by the person.
/// </summary>
internal static class UpdateProfile
{
    internal sealed class Request
    {
        public string? DisplayName { get; set; }

        public string? HomeMunicipalityAgs { get; set; }

        public string? PreferredLanguage { get; set; }

        public bool NotifyByEmail { get; set; }
    }

    public static async Task<Outcome<GetProfile.Response>> ExecuteAsync(
        Request request, Person person, SignInManager<Person> signIn, IMunicipalityDirectory municipalities,
        IStringLocalizer<SelfServiceText> text, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        ProfileRules.CheckDisplayName(request.DisplayName, nameof(Request.DisplayName), errors, text);
        var ags = await ProfileRules.CheckMunicipalityAsync(request.HomeMunicipalityAgs, nameof(Request.HomeMunicipalityAgs), municipalities, errors, text, ct);
        var language = request.PreferredLanguage?.Trim().ToLowerInvariant();
        errors.AddIf(language is null || !LanguageCookie.Languages.Contains(language), nameof(Request.PreferredLanguage), text["Language.Invalid"]);
        if (!errors.IsEmpty)
        {
            return Outcome<GetProfile.Response>.Invalid(errors);
        }

        person.DisplayName = request.DisplayName!.Trim();
        person.HomeMunicipalityAgs = ags;
        person.PreferredLanguage = language!;
        person.NotifyByEmail = request.NotifyByEmail;
        var updated = await signIn.UserManager.UpdateAsync(person);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException("The profile could not be stored: " + string.Join(", ", updated.Errors.Select(e => e.Code)));
        }

        LanguageCookie.Append(signIn.Context, person.PreferredLanguage);
        await signIn.RefreshSignInAsync(person);
        return Outcome<GetProfile.Response>.Ok(GetProfile.From(person));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/me/profile", async Task<Results<Ok<GetProfile.Response>, ValidationProblem, UnauthorizedHttpResult>> (
                Request request, SignInManager<Person> signIn, IMunicipalityDirectory municipalities, IStringLocalizer<SelfServiceText> text, CancellationToken ct) =>
            {
                if (await SignedInPerson.FindAsync(signIn) is not { } person)
                {
                    return TypedResults.Unauthorized();
                }

                var result = await ExecuteAsync(request, person, signIn, municipalities, text, ct);
                return result.IsOk ? TypedResults.Ok(result.Value) : result.ToValidationProblem();
            })
            .WithName("UpdateProfile")
            .WithSummary("Changes the signed-in person's name, home municipality, language (de or en) and mail preference.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
