using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// A region admin registers a client application. A confidential client gets a secret, shown once in the answer
/// and stored only as OpenIddict's hash. Every client uses the code flow with PKCE and may ask for every scope.
/// </summary>
internal static class RegisterClient
{
    public const int MaxName = 100;

    internal sealed class Request
    {
        public string? Name { get; set; }

        public string? RedirectUris { get; set; }

        public string? PostLogoutRedirectUris { get; set; }

        public bool Confidential { get; set; }

        public bool FirstParty { get; set; }
    }

    internal sealed record Response(string ClientId, string? ClientSecret, string Name);

    internal sealed record ApiRequest(string? Name, IReadOnlyList<string>? RedirectUris, IReadOnlyList<string>? PostLogoutRedirectUris, bool Confidential, bool FirstParty);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, IOpenIddictApplicationManager applications, IAuditLog audit, IStringLocalizer<SingleSignOnText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var name = request.Name?.Trim();
        errors.AddIf(string.IsNullOrEmpty(name), nameof(Request.Name), text["Client.NameRequired"]);
        errors.AddIf(name is { Length: > MaxName } || TextInput.HasControlCharacters(name), nameof(Request.Name), text["Client.NameInvalid", MaxName]);
        var redirects = ClientAddresses.Split(request.RedirectUris);
        var logouts = ClientAddresses.Split(request.PostLogoutRedirectUris);
        errors.AddIf(redirects.Count == 0, nameof(Request.RedirectUris), text["Client.RedirectRequired"]);
        errors.AddIf(redirects.Count > ClientAddresses.MaxCount || redirects.Any(a => !ClientAddresses.IsValid(a)), nameof(Request.RedirectUris), text["Client.AddressInvalid"]);
        errors.AddIf(logouts.Count > ClientAddresses.MaxCount || logouts.Any(a => !ClientAddresses.IsValid(a)), nameof(Request.PostLogoutRedirectUris), text["Client.AddressInvalid"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var clientId = "sr-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var secret = request.Confidential ? Base64Url(RandomNumberGenerator.GetBytes(32)) : null;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = request.Confidential ? ClientTypes.Confidential : ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = request.FirstParty ? ConsentTypes.Implicit : ConsentTypes.Explicit,
            DisplayName = name,
        };
        descriptor.RedirectUris.UnionWith(redirects.Select(a => new Uri(a)));
        descriptor.PostLogoutRedirectUris.UnionWith(logouts.Select(a => new Uri(a)));
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            .. OidcScopes.Permitted.Select(s => Permissions.Prefixes.Scope + s)]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        await applications.CreateAsync(descriptor, cancellationToken);
        await audit.RecordAsync(new AuditRecord("clients.registered", "client", clientId,
            Details: $"{name}; {(request.Confidential ? "confidential" : "public")}; {(request.FirstParty ? "first-party" : "consent")}"), cancellationToken);
        return Outcome<Response>.Ok(new Response(clientId, secret, name!));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/clients", async Task<Results<Created<Response>, ValidationProblem>> (
                ApiRequest body, IOpenIddictApplicationManager applications, IAuditLog audit, IStringLocalizer<SingleSignOnText> text, HttpContext http, CancellationToken ct) =>
            {
                var request = new Request
                {
                    Name = body.Name,
                    RedirectUris = string.Join('\n', body.RedirectUris ?? []),
                    PostLogoutRedirectUris = string.Join('\n', body.PostLogoutRedirectUris ?? []),
                    Confidential = body.Confidential,
                    FirstParty = body.FirstParty,
                };
                var result = await ExecuteAsync(request, applications, audit, text, ct);
                if (!result.IsOk)
                {
                    return result.ToValidationProblem();
                }

                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Created($"/api/hub/clients/{result.Value!.ClientId}", result.Value);
            })
            .WithName("RegisterClient")
            .WithSummary("Registers an OpenID Connect client; a confidential client's secret is in this answer only (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
