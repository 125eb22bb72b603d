using System.Threading.RateLimiting;
using Microsoft.AspNetCore.StaticAssets;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Web.Platform;

/// <summary>
/// Reading without an account is limited per client address with a generous budget
/// (<c>RateLimits:AnonymousReadsPerMinute</c>), so one address cannot keep the server busy for everyone. Signed-in
/// people, the platform's static files and the health checks are not counted; writes have their own policies.
/// </summary>
internal static class AnonymousReads
{
    public const int DefaultPerMinute = 1200;

    public static PartitionedRateLimiter<HttpContext> Limiter(int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => Counts(http)
            ? RateLimitPartition.GetFixedWindowLimiter(
                "read:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("not counted"));

    private static bool Counts(HttpContext http) =>
        http.User.Identity?.IsAuthenticated != true
        && ReadApi.IsRead(http)
        && http.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null
        && !http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
