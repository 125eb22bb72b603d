using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

/// <summary>The platform with a budget of three anonymous reads a minute per client address.</summary>
public sealed class ReadBudgetHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:AnonymousReadsPerMinute"] = "3" };
}

/// <summary>A calendar program fetching a personal feed counts against the anonymous read budget, like the public feeds.</summary>
public sealed class PersonalFeedReadBudgetTests(ReadBudgetHost host) : IntegrationTest<ReadBudgetHost>(host), IClassFixture<ReadBudgetHost>
{
    [Fact]
    public async Task fetching_a_personal_feed_beyond_the_anonymous_read_budget_answers_429()
    {
        await Personas.SignInAsync(Host, Client, Personas.Resident);
        var issued = await Client.PostAsync(new Uri("/api/events/me/feed", UriKind.Relative), null);
        var path = new Uri((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;

        using var calendar = Host.CreateBrowserClient();
        var answers = new List<HttpStatusCode>();
        // Seven reads cross the budget of three even if a new minute begins in between.
        for (var i = 0; i < 7; i++)
        {
            answers.Add((await calendar.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answers[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
    }
}
