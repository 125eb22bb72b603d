using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Participation.Seed;
using SmartRegion.Participation.Verification;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests;

/// <summary>
/// The platform with the demo processes, seeded on a stopped clock: the demo budget of Höchberg is in its vote phase
/// (which ends 28 days later), the region's process in its information phase.
/// </summary>
public sealed class ParticipationHost : SmartRegionHost
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(Start);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seeding:Demo"] = "true" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    internal async Task<T> QueryAsync<T>(Func<ParticipationDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ParticipationDb>());
    }

    internal Task<Guid> BudgetIdAsync() => QueryAsync(db => db.Processes.Where(p => p.Slug == DemoProcessesSeeder.BudgetSlug).Select(p => p.Id).SingleAsync());

    /// <summary>Verifies the person as a resident of the municipality, as a redeemed letter would; returns the resident's id.</summary>
    internal Task<Guid> VerifyAsync(Guid person, string ags, string name) => QueryAsync(async db =>
    {
        var resident = VerifiedResident.Create(person, ags, VerificationMethods.Letter, name, Clock.GetUtcNow());
        db.VerifiedResidents.Add(resident);
        await db.SaveChangesAsync();
        return resident.Id;
    });
}

/// <summary>Base of the participation tests: fresh data and the clock back at <see cref="ParticipationHost.Start"/>.</summary>
public abstract class ParticipationTest(ParticipationHost host) : IntegrationTest<ParticipationHost>(host), IClassFixture<ParticipationHost>
{
    public override async ValueTask InitializeAsync()
    {
        Host.Clock.SetUtcNow(ParticipationHost.Start);
        await base.InitializeAsync();
    }

    protected static string? Target(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    protected async Task<HtmlPage> GetEnglishAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        return await HtmlPage.FromAsync(await Client.SendAsync(request), url);
    }
}
