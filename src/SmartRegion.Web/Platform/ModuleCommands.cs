using SmartRegion.Kernel.Hosting;

namespace SmartRegion.Web.Platform;

/// <summary>Commands modules register (<see cref="IHostCommand"/>), run by name from the command line instead of the server.</summary>
internal static partial class HostCommands
{
    /// <summary>The module command named by the first argument, or null (then the server starts as usual).</summary>
    public static IHostCommand? FindModuleCommand(WebApplication app, string[] args) =>
        args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('=', StringComparison.Ordinal)
            ? null
            : app.Services.GetServices<IHostCommand>().FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks the database like <c>migrate</c> would (without migrating), then runs the command; its result is the exit code.</summary>
    public static async Task<int> RunModuleCommandAsync(WebApplication app, IHostCommand command)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SmartRegion.Command");
        if (!await TryInitializeAsync(app, migrate: false, logger))
        {
            return 1;
        }

        return await command.RunAsync(app.Services, app.Lifetime.ApplicationStopping);
    }
}
