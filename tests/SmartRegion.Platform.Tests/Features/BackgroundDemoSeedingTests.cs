using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>The embedded profile as it starts for real: the demo content is written after the start, not before it.</summary>
public sealed class BackgroundDemoHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        ["Seeding:DemoInBackground"] = "true",
    };

    protected override bool StartsFromSeededCopy => false;
}

public sealed class BackgroundDemoSeedingTests(BackgroundDemoHost host) : IClassFixture<BackgroundDemoHost>
{
    [Fact]
    public async Task the_demo_content_follows_the_start_and_ready_says_degraded_until_it_is_there()
    {
        using var client = host.CreateClient();
        var bodies = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            if (bodies[^1] == "Healthy")
            {
                break;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal("Healthy", bodies[^1]);
        // Before that, only the parts that follow the start may be missing, each named.
        Assert.All(bodies.Where(b => b != "Healthy"), body =>
        {
            var lines = body.Split('\n');
            Assert.Equal("Degraded", lines[0]);
            Assert.All(lines.Skip(1), line => Assert.Matches("^(demo-content|help-search-index): Degraded – ", line));
        });
        Assert.True(File.Exists(Path.Combine(host.DataPath, "demo-zugang.txt")));
        var services = await client.GetStringAsync(new Uri("/api/help/services?per_page=1", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("\"total_items\":259", services, StringComparison.Ordinal);
    }
}
