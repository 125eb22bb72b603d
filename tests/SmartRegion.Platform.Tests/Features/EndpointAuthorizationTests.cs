using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>
/// Every route of the real host (JSON API and pages alike) says who may use it: public with <c>AllowAnonymous</c>, or
/// protected with <c>Authorize</c> / <c>RequireAuthorization</c>. A route that says nothing fails the build.
/// </summary>
public sealed class EndpointAuthorizationTests(SmartRegionHost host) : IClassFixture<SmartRegionHost>
{
    [Fact]
    public void every_endpoint_declares_anonymous_access_or_an_authorization_policy()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undecided = endpoints
            .Where(e => !IsDevelopmentStaticFileFallback(e))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText} ({e.DisplayName}; order {e.Order})")
            .ToList();

        Assert.True(undecided.Count == 0, "Endpoints without an explicit authorization decision:\n" + string.Join("\n", undecided));
    }

    /// <summary>
    /// Run from the build output (development, tests), <c>MapStaticAssets</c> adds a catch-all for files outside its
    /// manifest; a published app has no such endpoint, and it serves only the platform's own static files.
    /// </summary>
    private static bool IsDevelopmentStaticFileFallback(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText == "{**path:file}" && endpoint.Order == int.MaxValue;

    [Fact]
    public void the_enumeration_sees_both_api_routes_and_pages()
    {
        var patterns = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText).ToList();

        Assert.Contains("/api/hub/role-assignments", patterns);
        Assert.Contains("/verwaltung/rollen", patterns);
        Assert.Contains("/anmelden", patterns);
    }
}
