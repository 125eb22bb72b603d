using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Security;

/// <summary>
/// Signs in with a passkey: the browser signed the challenge from the request options (<see cref="PasskeyOptions"/>);
/// Identity checks the assertion. A passkey is a second factor in itself, so no code is asked for.
/// </summary>
internal static class SignInWithPasskey
{
    internal sealed class Request
    {
        /// <summary>The result of <c>navigator.credentials.get()</c>, serialized with <c>toJSON()</c>.</summary>
        public string? CredentialJson { get; set; }
    }

    internal sealed record ApiRequest(JsonElement? Credential);

    public static async Task<Outcome<bool>> ExecuteAsync(Request request, SignInManager<Person> signIn, IStringLocalizer<SecurityText> text)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.CredentialJson) || request.CredentialJson.Length > AddPasskey.MaxCredential)
        {
            return Outcome<bool>.Invalid(errors.Add("Passkey", text["Passkey.NoCredential"]));
        }

        SignInResult result;
        try
        {
            result = await signIn.PasskeySignInAsync(request.CredentialJson);
        }
        catch (InvalidOperationException)
        {
            // No request options were fetched in this browser (Identity keeps no challenge).
            result = SignInResult.Failed;
        }

        if (result.Succeeded)
        {
            return Outcome<bool>.Ok(true);
        }

        return Outcome<bool>.Invalid(errors.Add("Passkey", result.IsLockedOut ? text["LockedOut"] : text["Passkey.SignInFailed"]));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/passkeys/sign-in", async Task<Results<NoContent, ValidationProblem>> (
                ApiRequest request, SignInManager<Person> signIn, IStringLocalizer<SecurityText> text) =>
            {
                var credential = request.Credential is { ValueKind: JsonValueKind.Object } json ? json.GetRawText() : null;
                var result = await ExecuteAsync(new Request { CredentialJson = credential }, signIn, text);
                return result.IsOk ? TypedResults.NoContent() : result.ToValidationProblem();
            })
            .WithName("SignInWithPasskey")
            .WithSummary("Signs in with a passkey assertion from navigator.credentials.get(); sets the session cookie.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .RequireAntiforgeryHeader();
}
