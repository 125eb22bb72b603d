using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Providers;

/// <summary>
/// The platform with the demo offers and the demo region admin (who grants the test people their roles), mail kept
/// in memory, and the daily round off (tests run one round directly).
/// </summary>
public sealed class ProviderHost : SmartRegionHost
{
    public CapturedMail Mail { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        ["Modules:Hub:PublicOrigin"] = "https://region.example",
        ["Modules:Help:DailyTasks:RunInBackground"] = "false",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IMailSender>(Mail);

    /// <summary>Runs <paramref name="query"/> on a fresh help database context.</summary>
    internal async Task<T> QueryAsync<T>(Func<HelpDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HelpDb>());
    }

    internal async Task<TResult> WithScopeAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
