using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests;

/// <summary>
/// The platform with the demo co-working space, on a stopped clock: Monday 7 December 2026, 08:00 in Würzburg, an
/// opening day.
/// </summary>
public sealed class ChangeLabHost : SmartRegionHost
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(Start);

    public CapturedMail Mail { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        // The tests run one round of the release directly, on the test clock.
        ["Modules:ChangeLab:ReleaseInBackground"] = "false",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<SmartRegion.Hub.Contracts.Mail.IMailSender>(Mail);
    }

    internal async Task<T> QueryAsync<T>(Func<ChangeLabDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ChangeLabDb>());
    }
}

/// <summary>Base of the Change Lab tests: fresh data and the clock back at <see cref="ChangeLabHost.Start"/>.</summary>
public abstract class ChangeLabTest(ChangeLabHost host) : IntegrationTest<ChangeLabHost>(host), IClassFixture<ChangeLabHost>
{
    public override async ValueTask InitializeAsync()
    {
        Host.Clock.SetUtcNow(ChangeLabHost.Start);
        await base.InitializeAsync();
    }

    protected async Task DispatchAllAsync()
    {
        while (await Host.DispatchOutboxAsync() > 0)
        {
        }
    }

    protected static string? Target(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    protected async Task<HtmlPage> GetEnglishAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        return await HtmlPage.FromAsync(await client.SendAsync(request), url);
    }
}

/// <summary>A member of staff as the slices see them, for calling a slice directly (many people at once).</summary>
internal sealed class StaffMember(Guid id, string ags = "09679147") : SmartRegion.Hub.Contracts.People.ICurrentPerson
{
    public bool IsSignedIn => true;

    public SmartRegion.Hub.Contracts.People.PersonId? Id { get; } = new(id);

    public string? DisplayName => "Kollegin " + id.ToString()[..4];

    public bool IsRegionAdmin => false;

    public bool HasRoleIn(string role, string municipalityAgs) => role == SmartRegion.Hub.Contracts.HubRoles.Staff && municipalityAgs == ags;

    public IReadOnlyList<string> MunicipalitiesWhere(string role) => role == SmartRegion.Hub.Contracts.HubRoles.Staff ? [ags] : [];
}
