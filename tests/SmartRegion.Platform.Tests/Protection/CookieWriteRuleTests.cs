using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;
using SmartRegion.Web.Platform;

namespace SmartRegion.Platform.Tests.Protection;

/// <summary>
/// Every POST, PUT, PATCH and DELETE of the real host (API and pages) refuses a write another site makes a signed-in
/// person's browser send, and one without the antiforgery token; the same request from this site with the token passes the rule.
/// </summary>
public sealed class CookieWriteRuleTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private static readonly string[] Unsafe = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    [Fact]
    public async Task every_unsafe_endpoint_refuses_a_cross_site_write_with_the_session_cookie()
    {
        var writes = UnsafeEndpoints();
        Assert.Contains(writes, w => w.Url == "/api/help/imports");
        Assert.Contains(writes, w => w.Url.StartsWith("/api/opendata/datasets/", StringComparison.Ordinal) && w.Url.EndsWith("/withdraw", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Url.StartsWith("/api/opendata/datasets/", StringComparison.Ordinal) && w.Url.EndsWith("/publish", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Url.StartsWith("/api/help/offers/", StringComparison.Ordinal) && w.Url.EndsWith("/confirm", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Url.StartsWith("/api/hub/organizations/", StringComparison.Ordinal) && w.Url.EndsWith("/leave", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Url == "/verwaltung/rollen");
        // The event calendar, the Change Lab and participation: their APIs (also the personal ones) and their pages.
        Assert.Contains(writes, w => w.Method == "POST" && w.Url.StartsWith("/api/events/dates/", StringComparison.Ordinal) && w.Url.EndsWith("/registrations", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Method == "POST" && w.Url == "/api/events/me/feed");
        Assert.Contains(writes, w => w.Method == "DELETE" && w.Url == "/api/events/me/feed");
        Assert.Contains(writes, w => w.Method == "POST" && w.Url.StartsWith("/api/events/registrations/", StringComparison.Ordinal) && w.Url.EndsWith("/check-in", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Method == "POST" && w.Url == "/api/changelab/bookings");
        Assert.Contains(writes, w => w.Method == "DELETE" && w.Url.StartsWith("/api/changelab/bookings/", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Method == "PUT" && w.Url == "/api/changelab/me/presence-sharing");
        Assert.Contains(writes, w => w.Method == "POST" && w.Url.StartsWith("/api/participation/processes/", StringComparison.Ordinal) && w.Url.EndsWith("/ballots", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Method == "POST" && w.Url == "/api/participation/verifications/letter");
        Assert.Contains(writes, w => w.Method == "POST" && w.Url == "/veranstaltungen/mein-kalender");
        Assert.Contains(writes, w => w.Method == "POST" && w.Url == "/change-lab/buchungen");
        Assert.Contains(writes, w => w.Method == "POST" && w.Url == "/mitmachen/nachweis");
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);

        var wrong = new List<string>();
        foreach (var (method, url) in writes)
        {
            // The automatic token is added: only the origin gives the request away.
            var crossSite = await SendAsync(method, url, origin: "https://evil.example", fetchSite: "cross-site", withToken: true);
            var sameSite = await SendAsync(method, url, origin: "https://shop.localhost", fetchSite: "same-site", withToken: true);
            var nullOrigin = await SendAsync(method, url, origin: "null", fetchSite: null, withToken: true);
            var noToken = await SendAsync(method, url, origin: "http://localhost", fetchSite: "same-origin", withToken: false);
            Expect(wrong, method, url, "cross-site", crossSite, HttpStatusCode.Forbidden, CookieWriteRule.CrossSiteTitle);
            Expect(wrong, method, url, "same-site", sameSite, HttpStatusCode.Forbidden, CookieWriteRule.CrossSiteTitle);
            Expect(wrong, method, url, "origin null", nullOrigin, HttpStatusCode.Forbidden, CookieWriteRule.CrossSiteTitle);
            Expect(wrong, method, url, "without token", noToken, HttpStatusCode.BadRequest, CookieWriteRule.TokenTitle);
        }

        Assert.True(wrong.Count == 0, "Not refused by the cookie write rule:\n" + string.Join("\n", wrong));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task the_same_writes_from_this_site_with_the_token_pass_the_rule()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);

        var refused = new List<string>();
        // Signing out last: until then every request carries a live session.
        foreach (var (method, url) in UnsafeEndpoints().OrderBy(w => w.Url == "/abmelden"))
        {
            var browser = await SendAsync(method, url, origin: "http://localhost", fetchSite: "same-origin", withToken: true);
            var script = await SendAsync(method, url, origin: null, fetchSite: null, withToken: true);
            foreach (var (kind, response) in new[] { ("browser", browser), ("client without origin headers", script) })
            {
                var body = await response.Content.ReadAsStringAsync();
                if (body.Contains(CookieWriteRule.CrossSiteTitle, StringComparison.Ordinal) || body.Contains(CookieWriteRule.TokenTitle, StringComparison.Ordinal))
                {
                    refused.Add($"{method} {url} ({kind}): {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(refused.Count == 0, "Refused although sent from this site with the token:\n" + string.Join("\n", refused));
    }

    [Theory]
    [InlineData("Authorization", "Bearer not-a-real-token")]
    [InlineData("Authorization", "srk_not-a-real-token")]
    [InlineData("X-CKAN-API-Key", "srk_not-a-real-token")]
    public async Task token_authenticated_requests_are_not_subject_to_the_rule(string header, string value)
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        using var request = SessionWriteToken.WithoutToken(new HttpRequestMessage(HttpMethod.Post, new Uri("/api/3/action/package_create", UriKind.Relative))
        {
            Content = new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "application/json"),
        });
        request.Headers.TryAddWithoutValidation(header, value);
        request.Headers.Add("Origin", "https://evil.example");

        var response = await Client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(CookieWriteRule.CrossSiteTitle, body, StringComparison.Ordinal);
        Assert.DoesNotContain(CookieWriteRule.TokenTitle, body, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task an_anonymous_cross_site_post_still_meets_the_forms_own_antiforgery_check()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/barriere-melden", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "barrier-report", ["Model.Description"] = "x" }),
        };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string url, string? origin, string? fetchSite, bool withToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            // What a cross-site HTML form can send without a preflight.
            Content = new StringContent("{\"q\":\"x\"}", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Accept", "application/json");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (!withToken)
        {
            SessionWriteToken.WithoutToken(request);
        }

        var response = await Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static void Expect(List<string> wrong, string method, string url, string kind, HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (response.StatusCode != status || !body.Contains(title, StringComparison.Ordinal))
        {
            wrong.Add($"{method} {url} ({kind}): {(int)response.StatusCode}");
        }
    }

    /// <summary>Every route of the host that takes an unsafe method, with its parameters filled in (OpenID Connect protocol endpoints aside, see ADR 0011).</summary>
    private List<(string Method, string Url)> UnsafeEndpoints() =>
        [.. Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !(e.RoutePattern.RawText ?? "").StartsWith("/connect/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? Unsafe)
                .Where(m => Unsafe.Contains(m, StringComparer.OrdinalIgnoreCase))
                .Select(m => (m, Url(e.RoutePattern))))
            .Distinct()];

    private static string Url(RoutePattern pattern)
    {
        var url = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Value(parameter),
                    _ => "",
                });
            }
        }

        return url.Length == 0 ? "/" : url.ToString();
    }

    private static string Value(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        return constraints.Contains("guid") ? Guid.NewGuid().ToString()
            : constraints.Any(c => c is "int" or "long") ? "1"
            : constraints.Any(c => c.StartsWith("regex(^(de|en)$)", StringComparison.Ordinal)) ? "de"
            : "test";
    }
}
