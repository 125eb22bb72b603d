using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>OpenIddict's applications, authorizations, scopes and tokens as Hub tables.</summary>
internal static class SingleSignOnModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.UseOpenIddict<Guid>();
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("hub_oidc_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("hub_oidc_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("hub_oidc_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("hub_oidc_tokens");
    }
}
