using System.Net;
using SmartRegion.TestKit;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.OpenData.Tests.Ckan;

/// <summary>A host whose CKAN write budget is small, so that guessing tokens runs out of it within one test.</summary>
public sealed class TokenGuessingHost : SmartRegionHost
{
    public const int PerMinute = 5;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        ["Modules:OpenData:ApiWritesPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class TokenGuessingTests(TokenGuessingHost host) : IntegrationTest<TokenGuessingHost>(host), IClassFixture<TokenGuessingHost>
{
    [Fact]
    public async Task a_client_guessing_tokens_gets_429_once_its_failed_attempts_are_used_up_while_a_valid_token_still_writes()
    {
        var before = await CkanTokens.CountsAsync(Host);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < TokenGuessingHost.PerMinute + 2; i++)
        {
            var guess = "srod_" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
            statuses.Add((await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("geraten-" + i), guess)).Status);
        }

        var valid = await CkanTokens.IssueAsync(Host, StaffHoechberg, Hoechberg);
        var (afterwards, body) = await CkanTokens.PostAsync(Client, "package_create", CkanTokens.Complete("danach"), valid);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Forbidden, TokenGuessingHost.PerMinute), statuses.Take(TokenGuessingHost.PerMinute));
        Assert.All(statuses.Skip(TokenGuessingHost.PerMinute), s => Assert.Equal((HttpStatusCode)429, s));
        Assert.Equal(HttpStatusCode.OK, afterwards);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal(before.Datasets + 1, (await CkanTokens.CountsAsync(Host)).Datasets);
    }
}
