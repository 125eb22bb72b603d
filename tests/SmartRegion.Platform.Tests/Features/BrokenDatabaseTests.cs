using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>A real server fault (a table gone missing) must reach people as a plain error page or problem, never as internals.</summary>
public sealed class BrokenDatabaseTests(SmartRegionHost host) : IClassFixture<SmartRegionHost>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var databases = scope.ServiceProvider.GetRequiredService<ModuleDatabases>();
        var hub = (DbContext)scope.ServiceProvider.GetRequiredService(databases.Types[0]);
        await hub.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS hub_municipalities");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task a_server_fault_on_a_page_shows_the_error_page_without_internal_details()
    {
        using var client = host.CreateBrowserClient();

        var page = await HtmlPage.FromAsync(await client.GetAsync(new Uri("/gemeinden", UriKind.Relative)), "/gemeinden");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("Ein Fehler ist aufgetreten", page.H1);
        var text = page.Document.DocumentElement.OuterHtml;
        Assert.DoesNotContain("hub_municipalities", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_server_fault_in_the_api_is_a_500_problem_without_internal_details()
    {
        using var client = host.CreateBrowserClient();

        var response = await client.GetAsync(new Uri("/api/hub/municipalities", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("hub_municipalities", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
