using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>A host with the limit of sign-in, registration and reset requests lowered to two a minute.</summary>
public sealed class SignInRateLimitedHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "2" };
}
