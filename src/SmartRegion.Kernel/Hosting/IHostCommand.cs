namespace SmartRegion.Kernel.Hosting;

/// <summary>
/// A command a module offers on the host's command line (<c>dotnet SmartRegion.Web.dll &lt;name&gt;</c>), run instead of
/// the web server after the database is reachable and migrated. Register implementations as singletons.
/// </summary>
public interface IHostCommand
{
    /// <summary>The command-line name, e.g. <c>help-reindex</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command's help text.</summary>
    string Description { get; }

    /// <summary>Runs the command; the result is the process exit code (0 = success).</summary>
    Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
