using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

public sealed class ProxyTests(ProxyHost host) : IClassFixture<ProxyHost>
{
    [Fact]
    public async Task behind_the_proxy_https_requests_get_hsts_and_the_scheme_the_proxy_saw()
    {
        using var client = host.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/anmelden");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Host", "smarte-region.example");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", string.Join(";", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        // The antiforgery cookie is marked secure because the request arrived over https at the proxy.
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task plain_http_requests_get_no_hsts()
    {
        using var client = host.CreateBrowserClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}

public sealed class ScaledOutTests(ScaledOutHost host) : IClassFixture<ScaledOutHost>
{
    [Fact]
    public async Task data_protection_keys_are_shared_through_the_database_and_telemetry_does_not_disturb_requests()
    {
        using var client = host.CreateBrowserClient();

        var page = await client.GetAsync(new Uri("/barriere-melden", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await using var scope = host.Services.CreateAsyncScope();
        var hub = (DbContext)scope.ServiceProvider.GetRequiredService(scope.ServiceProvider.GetRequiredService<ModuleDatabases>().Types[0]);
        var keys = await hub.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM hub_data_protection_keys").SingleAsync();
        Assert.True(keys > 0);
        Assert.False(Directory.Exists(Path.Combine(host.DataPath, "keys")) && Directory.GetFiles(Path.Combine(host.DataPath, "keys"), "key-*.xml").Length > 0);
    }
}
