using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Hub.Accounts;

/// <summary>Account self-service: registration, password reset, the person's own profile, password and address.</summary>
internal static class SelfService
{
    public static void AddSelfService(this IServiceCollection services) => services.AddScoped<AccountMail>();

    public static void MapSelfService(this RouteGroupBuilder api)
    {
        Register.MapEndpoint(api);
        ConfirmRegistration.MapEndpoint(api);
        ResendConfirmation.MapEndpoint(api);
        ForgotPassword.MapEndpoint(api);
        ResetPassword.MapEndpoint(api);
        GetProfile.MapEndpoint(api);
        UpdateProfile.MapEndpoint(api);
        ChangePassword.MapEndpoint(api);
        ChangeEmail.MapEndpoint(api);
        ConfirmEmailChange.MapEndpoint(api);
    }
}
