using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Security;

/// <summary>
/// Adds a passkey: the browser created it from the creation options (<see cref="PasskeyOptions"/>); Identity checks the
/// attestation against the challenge kept in its cookie, the origin and the relying party before anything is stored.
/// </summary>
internal static class AddPasskey
{
    public const int MaxName = 60;
    public const int MaxCredential = 64 * 1024;

    internal sealed class Request
    {
        public string? Name { get; set; }

        /// <summary>The result of <c>navigator.credentials.create()</c>, serialized with <c>toJSON()</c>.</summary>
        public string? CredentialJson { get; set; }
    }

    internal sealed record ApiRequest(string? Name, JsonElement? Credential);

    public static async Task<Outcome<ListPasskeys.Item>> ExecuteAsync(
        Request request, Person person, SignInManager<Person> signIn, IAuditLog audit, IStringLocalizer<SecurityText> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(nameof(Request.Name), text["Passkey.NameRequired"]);
        }
        else
        {
            errors.AddIf(name.Length > MaxName || TextInput.HasControlCharacters(name), nameof(Request.Name), text["Passkey.NameInvalid", MaxName]);
        }

        errors.AddIf(string.IsNullOrWhiteSpace(request.CredentialJson) || request.CredentialJson.Length > MaxCredential,
            nameof(Request.Name), text["Passkey.NoCredential"]);
        if (!errors.IsEmpty)
        {
            return Outcome<ListPasskeys.Item>.Invalid(errors);
        }

        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signIn.PerformPasskeyAttestationAsync(request.CredentialJson!);
        }
        catch (InvalidOperationException)
        {
            // No creation options were fetched in this browser (Identity keeps no challenge): nothing to check against.
            return Outcome<ListPasskeys.Item>.Invalid(errors.Add(nameof(Request.Name), text["Passkey.Refused"]));
        }

        if (!attestation.Succeeded)
        {
            return Outcome<ListPasskeys.Item>.Invalid(errors.Add(nameof(Request.Name), text["Passkey.Refused"]));
        }

        var passkey = attestation.Passkey;
        passkey.Name = name;
        var stored = await signIn.UserManager.AddOrUpdatePasskeyAsync(person, passkey);
        if (!stored.Succeeded)
        {
            return Outcome<ListPasskeys.Item>.Invalid(errors.Add(nameof(Request.Name), text["Passkey.Refused"]));
        }

        var id = Base64Url.Encode(passkey.CredentialId);
        await SecurityAudit.RecordAsync(audit, SecurityAudit.PasskeyAdded, person, "credential: " + id, cancellationToken);
        return Outcome<ListPasskeys.Item>.Ok(new ListPasskeys.Item(id, name!, passkey.CreatedAt));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/passkeys", async Task<Results<Created<ListPasskeys.Item>, ValidationProblem, ProblemHttpResult>> (
                ApiRequest request, ClaimsPrincipal user, SignInManager<Person> signIn, IAuditLog audit,
                IStringLocalizer<SecurityText> text, CancellationToken ct) =>
            {
                var person = await signIn.UserManager.GetUserAsync(user);
                if (person is null)
                {
                    return SecurityProblems.NoPerson();
                }

                var credential = request.Credential is { ValueKind: JsonValueKind.Object } json ? json.GetRawText() : null;
                var result = await ExecuteAsync(new Request { Name = request.Name, CredentialJson = credential }, person, signIn, audit, text, ct);
                return result.IsOk
                    ? TypedResults.Created($"/api/hub/passkeys/{result.Value!.Id}", result.Value)
                    : result.ToValidationProblem();
            })
            .WithName("AddPasskey")
            .WithSummary("Stores a passkey the browser created from the creation options (WebAuthn attestation).")
            .RequireAuthorization(HubPolicies.SignedIn)
            .RequireAntiforgeryHeader();
}
