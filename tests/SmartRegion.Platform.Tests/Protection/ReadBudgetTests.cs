using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Protection;

/// <summary>A budget of three anonymous reads a minute per client address.</summary>
public sealed class ReadBudgetHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:AnonymousReadsPerMinute"] = "3",
    };
}

public sealed class ReadBudgetTests(ReadBudgetHost host) : IntegrationTest<ReadBudgetHost>(host), IClassFixture<ReadBudgetHost>
{
    [Fact]
    public async Task anonymous_reads_beyond_the_budget_answer_429_and_signed_in_reads_are_not_counted()
    {
        // Signing in reads the sign-in page once; the person's own reads afterwards do not count.
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri("/api/hub/municipalities", UriKind.Relative))).StatusCode);
        }

        using var anonymous = Host.CreateBrowserClient();
        var answers = new List<HttpResponseMessage>();
        // Seven reads cross the budget of three even if a new minute begins in between.
        for (var i = 0; i < 7; i++)
        {
            answers.Add(await anonymous.GetAsync(new Uri("/api/hub/municipalities", UriKind.Relative)));
        }

        var limited = Assert.Single(answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).Take(1));
        await RequestLimitTests.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }
}
