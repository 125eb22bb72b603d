using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Web;

namespace SmartRegion.TestKit;

/// <summary>
/// Checks that a page is served from the output cache. The output cache marks an answer it serves from memory with an
/// <c>Age</c> header and never a freshly rendered one, so a lost attribute, a cookie or a token on the page (which
/// stop the caching) fails the check instead of silently making every visit render the page again.
/// </summary>
public static class PageCacheAssert
{
    /// <summary>The first anonymous request after emptying the cache is rendered, the second one comes from the cache.</summary>
    public static async Task SecondAnonymousRequestIsServedFromCacheAsync(SmartRegionHost host, string url)
    {
        ArgumentNullException.ThrowIfNull(host);
        await EvictAsync(host);
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        Check(first.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)first.StatusCode}.");
        Check(first.Headers.Age is null, $"{url} came from the cache right after the cache was emptied.");
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));
        Check(second.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)second.StatusCode} the second time.");
        Check(second.Headers.Age is not null, $"{url} was rendered again instead of being served from the output cache.");
        Check(await first.Content.ReadAsStringAsync() == await second.Content.ReadAsStringAsync(), $"{url} from the cache differs from the rendered page.");
    }

    /// <summary>Every anonymous request is rendered afresh (e.g. a search that is counted).</summary>
    public static async Task EveryRequestIsRenderedAsync(SmartRegionHost host, string url)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Check(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
            Check(response.Headers.Age is null, $"{url} was served from the output cache.");
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>Empties the page cache, as a restart would.</summary>
    public static async Task EvictAsync(SmartRegionHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCache.Tag, CancellationToken.None);
    }
}
