using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRegion.Kernel.Hosting;

/// <summary>One round of a module's periodic work (release no-shows, settle expired offers): what is due now, and no more.</summary>
public interface IPeriodicWork
{
    /// <summary>Does what is due; returns how many things it changed (logged when more than none).</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}

/// <summary>Registration of periodic work.</summary>
public static class PeriodicJobs
{
    /// <summary>
    /// Runs <typeparamref name="TWork"/> in a fresh scope every <paramref name="interval"/> (null: not at all, e.g. switched
    /// off by a setting, so tests call one round directly). Every node runs it; the work must stay correct when two
    /// nodes do a round at the same moment (the database decides, the second save fails or finds nothing due).
    /// </summary>
    public static IServiceCollection AddPeriodicJob<TWork>(this IServiceCollection services, string name, Func<IServiceProvider, TimeSpan?> interval)
        where TWork : class, IPeriodicWork
    {
        services.AddScoped<TWork>();
        services.AddSingleton<IHostedService>(sp => new PeriodicJob<TWork>(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), interval(sp), name,
            sp.GetRequiredService<ILogger<PeriodicJob<TWork>>>()));
        return services;
    }
}

internal sealed class PeriodicJob<TWork>(IServiceScopeFactory scopes, TimeProvider time, TimeSpan? interval, string name, ILogger<PeriodicJob<TWork>> logger)
    : BackgroundService
    where TWork : class, IPeriodicWork
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (interval is not { } every)
        {
            return;
        }

        try
        {
            using var timer = new PeriodicTimer(every, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (await scope.ServiceProvider.GetRequiredService<TWork>().RunAsync(stoppingToken) is > 0 and var changed)
                    {
                        PeriodicJobLog.Round(logger, name, changed);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    PeriodicJobLog.Failed(logger, name, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}

internal static partial class PeriodicJobLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Changed} done in this round.")]
    public static partial void Round(ILogger logger, string job, int changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; the next round tries again.")]
    public static partial void Failed(ILogger logger, string job, Exception exception);
}
