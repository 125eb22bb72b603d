using Duende.IdentityModel.OidcClient;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Resources;
using SmartRegion.Hub.SingleSignOn;

namespace SmartRegion.Hub.Tests.Features.SingleSignOn;

/// <summary>Registers client applications as a region admin would, and builds OidcClient instances for them.</summary>
internal static class OidcClients
{
    public const string RedirectUri = "https://app.example/callback";
    public const string PostLogoutUri = "https://app.example/signed-out";
    public const string AllScopes = "openid profile email roles offline_access hub";

    public static async Task<RegisterClient.Response> RegisterAsync(OidcHost host, bool confidential = true, bool firstParty = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var result = await RegisterClient.ExecuteAsync(
            new RegisterClient.Request { Name = "Vereinsportal", RedirectUris = RedirectUri, PostLogoutRedirectUris = PostLogoutUri, Confidential = confidential, FirstParty = firstParty },
            services.GetRequiredService<IOpenIddictApplicationManager>(), services.GetRequiredService<IAuditLog>(),
            services.GetRequiredService<IStringLocalizer<SingleSignOnText>>(), CancellationToken.None);
        Assert.True(result.IsOk);
        return result.Value!;
    }

    public static OidcClient Create(OidcHost host, RegisterClient.Response client, TestBrowser browser, string scope = AllScopes)
    {
        var options = new OidcClientOptions
        {
            Authority = "http://localhost",
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            RedirectUri = RedirectUri,
            PostLogoutRedirectUri = PostLogoutUri,
            Scope = scope,
            Browser = browser,
            BackchannelHandler = host.Server.CreateHandler(),
            LoadProfile = true,
            DisablePushedAuthorization = true,
        };
        options.Policy.Discovery.RequireHttps = false;
        return new OidcClient(options);
    }
}
