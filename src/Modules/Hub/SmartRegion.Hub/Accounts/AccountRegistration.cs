using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Resources;
using SmartRegion.Ui.Privacy;

namespace SmartRegion.Hub.Accounts;

/// <summary>Accounts on ASP.NET Core Identity: password rules, lockout, sign-in cookies, the person's claims.</summary>
internal static class AccountRegistration
{
    /// <summary>The page that tells a signed-in person they may not do what they tried.</summary>
    public const string AccessDeniedPath = "/fehler/403";

    /// <summary>Minimum password length. Following BSI guidance, length counts, not character classes.</summary>
    public const int MinPasswordLength = 12;

    public static void AddAccounts(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentPerson, CurrentPerson>();
        services.AddScoped<IAccountProvisioning, AccountProvisioning>();
        services.AddScoped<IPersonContacts, PersonContacts>();
        services.AddScoped<IPersonRoles, Roles.PersonRoles>();
        services.AddSingleton<SignInThrottle>();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddIdentityCore<Person>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                // Counted only for second-factor codes and password re-entry when signed in; the password step at
                // sign-in is slowed down per client address instead (SignInThrottle), so nobody can lock out another.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddEntityFrameworkStores<HubDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>();
        services.AddCookieNotice(new CookieNotice(".SmartRegion.Session", typeof(HubText), "Cookie.Session.Purpose", "Cookie.Session.Lifetime"));
        services.AddCookieNotice(new CookieNotice(IdentityConstants.TwoFactorUserIdScheme, typeof(HubText), "Cookie.TwoFactor.Purpose", "Cookie.TwoFactor.Lifetime"));
        services.AddCookieNotice(new CookieNotice(".SmartRegion.RecoveryCodes", typeof(HubText), "Cookie.RecoveryCodes.Purpose", "Cookie.RecoveryCodes.Lifetime"));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".SmartRegion.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.LoginPath = "/anmelden";
            options.LogoutPath = "/abmelden";
            options.AccessDeniedPath = AccessDeniedPath;
            // The JSON API answers with status codes; only pages redirect to the sign-in form.
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(HubPolicies.RegionAdmin, p => p.RequireAuthenticatedUser().RequireRole(HubRoles.RegionAdmin))
            .AddPolicy(HubPolicies.SignedIn, p => p.RequireAuthenticatedUser());
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
