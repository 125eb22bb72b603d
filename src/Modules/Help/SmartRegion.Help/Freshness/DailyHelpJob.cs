using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRegion.Help.Freshness;

/// <summary>
/// Runs <see cref="DailyHelpTasks"/> a few minutes after start (<c>Modules:Help:DailyTasks:FirstRoundAfterSeconds</c>,
/// default 300) and then once a day. Off with <c>Modules:Help:DailyTasks:RunInBackground=false</c> (the tests call one
/// round directly).
/// </summary>
internal sealed partial class DailyHelpJob(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<DailyHelpJob> logger) : BackgroundService
{
    public const string SettingName = "Modules:Help:DailyTasks:RunInBackground";

    public const string FirstRoundSettingName = "Modules:Help:DailyTasks:FirstRoundAfterSeconds";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(SettingName, true))
        {
            return;
        }

        try
        {
            var first = Math.Clamp(configuration.GetValue(FirstRoundSettingName, 300.0), 0, 86_400);
            await Task.Delay(TimeSpan.FromSeconds(first), time, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var round = await scope.ServiceProvider.GetRequiredService<DailyHelpTasks>().RunAsync(stoppingToken);
                    LogRound(logger, round.MailsSent, round.OffersReminded, round.SearchGapsDeleted);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Help daily round: {Mails} reminder mails for {Offers} offers, {Deleted} old search counts deleted.")]
    private static partial void LogRound(ILogger logger, int mails, int offers, int deleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "The help directory's daily round failed; it runs again tomorrow.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
