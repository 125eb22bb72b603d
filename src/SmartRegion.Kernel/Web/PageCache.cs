using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Outbox;

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

    /// <summary>The tag of every cached page: evicting it empties the page cache.</summary>
    public const string Tag = "pages";

    /// <summary>
    /// The same, but only for the address without a query string: a search page whose empty form is the same for
    /// everyone, while each search is worked out (and counted) afresh.
    /// </summary>
    public const string PolicyWithoutQuery = "anonymous-page-without-query";

    /// <summary>Builds the policy.</summary>
    public static void Build(OutputCachePolicyBuilder policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Expire(TimeSpan.FromMinutes(1))
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .Tag(Tag);
    }

    /// <summary>Empties the page cache of every node whenever a <typeparamref name="TEvent"/> is written to an outbox.</summary>
    public static IServiceCollection AddPageCacheEviction<TEvent>(this IServiceCollection services)
        where TEvent : IntegrationEvent =>
        services.AddLocalProjectionBatch<TEvent, EvictCachedPages<TEvent>>();

    /// <summary>Builds the policy for the address without a query string.</summary>
    public static void BuildWithoutQuery(OutputCachePolicyBuilder policy)
    {
        Build(policy);
        policy.With(context => !context.HttpContext.Request.QueryString.HasValue);
    }
}
