using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SmartRegion.ChangeLab.Bookings;

/// <summary>
/// Runs <see cref="ReleaseNoShows"/> every few minutes (<c>Modules:ChangeLab:NoShowCheckMinutes</c>). Off with
/// <c>Modules:ChangeLab:ReleaseInBackground=false</c> (the tests call one round directly). On several nodes each runs
/// it; a booking released twice at once fails the second save harmlessly and is left as the first one left it.
/// </summary>
internal sealed partial class ReleaseNoShowsJob(
    IServiceScopeFactory scopes, IOptions<ChangeLabOptions> options, TimeProvider time, IConfiguration configuration, ILogger<ReleaseNoShowsJob> logger)
    : BackgroundService
{
    public const string SettingName = "Modules:ChangeLab:ReleaseInBackground";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(SettingName, true))
        {
            return;
        }

        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.NoShowCheckMinutes), time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (await scope.ServiceProvider.GetRequiredService<ReleaseNoShows>().RunAsync(stoppingToken) is > 0 and var released)
                    {
                        LogReleased(logger, released);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change Lab: {Released} bookings nobody checked in for were released.")]
    private static partial void LogReleased(ILogger logger, int released);

    [LoggerMessage(Level = LogLevel.Error, Message = "Change Lab: releasing no-shows failed; the next round tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
