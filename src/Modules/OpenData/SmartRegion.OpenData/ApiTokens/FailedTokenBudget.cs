using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace SmartRegion.OpenData.ApiTokens;

/// <summary>
/// Write calls whose API token is missing, unknown or revoked, counted per client address: the write limit itself
/// counts per token, so a client trying one guessed token after another would never reach it. Once the address has
/// used up its budget for the minute, every further call without a valid token gets 429 until the window ends.
/// </summary>
internal sealed class FailedTokenBudget(int perMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    public static string Address(HttpRequest request) => request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Counts one failed attempt; false when the budget was already used up.</summary>
    public bool Spend(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
