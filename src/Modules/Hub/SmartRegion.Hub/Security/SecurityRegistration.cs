using Microsoft.AspNetCore.Routing;

namespace SmartRegion.Hub.Security;

/// <summary>Second factors: authenticator app with recovery codes, and passkeys.</summary>
internal static class SecurityRegistration
{
    public static void MapSecurity(this RouteGroupBuilder api)
    {
        GetTwoFactorStatus.MapEndpoint(api);
        SetUpAuthenticator.MapEndpoint(api);
        EnableTwoFactor.MapEndpoint(api);
        RegenerateRecoveryCodes.MapEndpoint(api);
        DisableTwoFactor.MapEndpoint(api);
        ListPasskeys.MapEndpoint(api);
        PasskeyOptions.MapEndpoints(api);
        AddPasskey.MapEndpoint(api);
        RemovePasskey.MapEndpoint(api);
        SignInWithPasskey.MapEndpoint(api);
    }
}
