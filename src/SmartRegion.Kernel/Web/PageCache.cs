using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace SmartRegion.Kernel.Web;

/// <summary>
/// Output cache for pages that look the same for every anonymous visitor (no form, no personal data): one copy per
/// language, one minute. Signed-in requests and responses that set cookies are never cached (the default rules).
/// A page opts in with <c>[OutputCache(PolicyName = PageCache.Policy)]</c>.
/// </summary>
public static class PageCache
{
    /// <summary>The policy name.</summary>
    public const string Policy = "anonymous-page";

    /// <summary>Builds the policy.</summary>
    public static void Build(OutputCachePolicyBuilder policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Expire(TimeSpan.FromMinutes(1))
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .Tag("pages");
    }
}
