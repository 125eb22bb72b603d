using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SmartRegion.Hub.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// The authorization endpoint (OpenIddict has already checked client, redirect URI, scopes and PKCE): sends a
/// visitor to the sign-in form, asks for consent once per client (first-party clients with implicit consent skip
/// it), then issues the code.
/// </summary>
internal static class Authorize
{
    public const string Path = "/connect/authorize";
    public const string ConsentPath = "/connect/authorize/zustimmung";

    /// <summary>Added by the consent page when the person declines.</summary>
    public const string DeclinedParameter = "sr_consent";

    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithName("OidcAuthorize")
            // The consent page lives below this path; the protocol endpoint wins for the exact path.
            .WithOrder(-1)
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpContext http, UserManager<Person> users, HubDb db, IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var query = QueryOf(request);
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var person = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
        if (person is null)
        {
            return request.HasPromptValue(PromptValues.None)
                ? Forbid(Errors.LoginRequired, "The person is not signed in.")
                : Results.Redirect("/anmelden?returnUrl=" + Uri.EscapeDataString(Path + query));
        }

        if (string.Equals(request.GetParameter(DeclinedParameter)?.ToString(), "declined", StringComparison.Ordinal))
        {
            return Forbid(Errors.AccessDenied, "The person declined the request.");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
        var applicationId = await applications.GetIdAsync(application, cancellationToken);
        var subject = person.Id.ToString();
        var scopes = request.GetScopes();
        object? authorization = null;
        await foreach (var existing in authorizations.FindAsync(subject, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes, cancellationToken))
        {
            authorization = existing;
            break;
        }

        var implicitConsent = await applications.HasConsentTypeAsync(application, ConsentTypes.Implicit, cancellationToken);
        if (authorization is null && !implicitConsent)
        {
            return request.HasPromptValue(PromptValues.None)
                ? Forbid(Errors.ConsentRequired, "The person has not agreed to this client yet.")
                : Results.Redirect(ConsentPath + query);
        }

        var identity = PersonIdentity.Create(await PersonIdentity.LoadAsync(person, db, cancellationToken), scopes);
        authorization ??= await authorizations.CreateAsync(identity, subject, applicationId!, AuthorizationTypes.Permanent, scopes, cancellationToken);
        identity.SetAuthorizationId(await authorizations.GetIdAsync(authorization, cancellationToken));
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The request's parameters as a query string, so a GET can continue a POSTed request.</summary>
    public static string QueryOf(OpenIddictRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder();
        foreach (var (name, value) in request.GetParameters())
        {
            if (name != DeclinedParameter && (string?)value is { } text)
            {
                query.Add(name, text);
            }
        }

        return query.ToString();
    }

    public static IResult Forbid(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
