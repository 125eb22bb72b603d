using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel;

namespace SmartRegion.Hub.Tests.Domain;

public sealed class PasswordPolicyTests
{
    [Fact]
    public void passwords_are_hashed_with_pbkdf2_at_210000_iterations_and_need_twelve_characters_but_no_character_classes()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = Path.Combine(Path.GetTempPath(), "smartregion-policy") });
        builder.AddKernel();
        builder.AddHub();
        using var host = builder.Build();

        var hashing = host.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;
        var identity = host.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;

        Assert.Equal(210_000, hashing.IterationCount);
        Assert.Equal(PasswordHasherCompatibilityMode.IdentityV3, hashing.CompatibilityMode);
        Assert.Equal(12, identity.Password.RequiredLength);
        Assert.False(identity.Password.RequireDigit || identity.Password.RequireUppercase || identity.Password.RequireNonAlphanumeric);
        Assert.True(identity.SignIn.RequireConfirmedEmail);
        Assert.Equal(5, identity.Lockout.MaxFailedAccessAttempts);
    }
}
