using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Kernel.Database;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// The region's OpenID Connect provider on OpenIddict, stored in the Hub's context: authorization code flow with
/// PKCE (S256), rotating refresh tokens, userinfo and end-session; and bearer tokens for the platform's JSON APIs.
/// </summary>
internal static class SingleSignOnRegistration
{
    /// <summary>Cookie for pages, the provider's bearer tokens for <c>/api</c> requests that carry one.</summary>
    public const string Scheme = "smartregion";

    public static void AddSingleSignOn(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var requireHttps = options.RequireHttps ?? database.Provider == DatabaseProvider.Postgres;
        builder.Services.AddSingleton(options);
        var keys = storage.Folder("keys");
        // Generated on a first start while the migrations and seeders run; needed only once OpenIddict's options are built.
        var signingKey = Task.Run(() => SigningKeys.LoadOrCreate(keys, "oidc-signing.pem"));
        builder.Services.AddOptions<OpenIddict.Server.OpenIddictServerOptions>().Configure(o =>
            o.SigningCredentials.Add(new Microsoft.IdentityModel.Tokens.SigningCredentials(signingKey.GetAwaiter().GetResult(), Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256)));

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<HubDb>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("/connect/authorize")
                    .SetTokenEndpointUris("/connect/token")
                    .SetUserInfoEndpointUris("/connect/userinfo")
                    .SetEndSessionEndpointUris("/connect/logout")
                    .SetConfigurationEndpointUris("/.well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris("/.well-known/jwks");
                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().RequireProofKeyForCodeExchange();
                server.Configure(o =>
                {
                    // Only S256: "plain" would hand the verifier to anyone who sees the authorization request.
                    o.CodeChallengeMethods.Clear();
                    o.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });
                server.RegisterScopes([.. OidcScopes.Identity, .. OidcScopes.Api]);
                server.RegisterClaims([Claims.Subject, Claims.Name, Claims.Email, Claims.EmailVerified, Claims.Locale,
                    PersonIdentity.RolesClaim, PersonIdentity.MunicipalitiesClaim]);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(options.AccessTokenMinutes))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(options.RefreshTokenDays));
                if (!string.IsNullOrWhiteSpace(options.Issuer))
                {
                    server.SetIssuer(new Uri(options.Issuer, UriKind.Absolute));
                }

                server.AddEncryptionKey(SigningKeys.LoadOrCreateSymmetric(keys, "oidc-encryption.key"));
                // Access tokens are signed JWTs, not encrypted: module APIs (and other region services) check them
                // locally with the published key. They hold no more than the id token does (docs/adr/0006).
                server.DisableAccessTokenEncryption();
                var aspNet = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!requireHttps)
                {
                    aspNet.DisableTransportSecurityRequirement();
                    server.AddEventHandler(LoopbackOnlyHttp.Descriptor);
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                validation.AddAudiences(OidcScopes.Audience);
                // A revoked client or consent ends its access tokens at once, not only when they expire.
                validation.EnableAuthorizationEntryValidation().EnableTokenEntryValidation();
            });

        builder.Services.AddAuthentication()
            .AddPolicyScheme(Scheme, null, o => o.ForwardDefaultSelector = http => IsApiBearer(http.Request)
                ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                : IdentityConstants.ApplicationScheme);
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(o =>
        {
            o.DefaultScheme = Scheme;
            o.DefaultAuthenticateScheme = Scheme;
            o.DefaultChallengeScheme = Scheme;
            o.DefaultForbidScheme = Scheme;
        });
        builder.Services.AddSingleton<IAuthorizationHandler, ApiScopeRequirement.Handler>();
        builder.Services.PostConfigure<AuthorizationOptions>(o =>
        {
            foreach (var name in new[] { HubPolicies.RegionAdmin, HubPolicies.SignedIn })
            {
                if (o.GetPolicy(name) is { } policy)
                {
                    o.AddPolicy(name, new AuthorizationPolicyBuilder(policy).AddAuthenticationSchemes(Scheme).AddRequirements(new ApiScopeRequirement()).Build());
                }
            }
        });
    }

    public static bool IsApiBearer(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
