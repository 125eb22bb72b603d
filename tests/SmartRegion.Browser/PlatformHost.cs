using System.Diagnostics;
using System.Text;

namespace SmartRegion.Browser;

/// <summary>
/// The real platform as its own process (<c>dotnet SmartRegion.Web.dll</c>) on a free loopback port, with SQLite in a fresh
/// temporary folder. Ready once <c>/health/ready</c> answers „Healthy“ (demo content and search index there); killed with its process tree at the end of the run.
/// </summary>
public sealed class PlatformHost : IAsyncLifetime
{
    // Generous: on a loaded build machine the first start (migrations, demo seed, search index) can take minutes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);

    private readonly StringBuilder _output = new();
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "smartregion-browser-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    /// <summary>The app's origin, e.g. <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>
    /// The host's data path: the demo admin's password is in <c>demo-zugang.txt</c>; without a mail server, mails are
    /// dropped as <c>.eml</c> files under <c>mail/</c>.
    /// </summary>
    public string DataPath => _dataPath;

    /// <summary>Everything the host wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        var dll = WebHostLocation.FindDll();
        Directory.CreateDirectory(_dataPath);
        Origin = $"http://127.0.0.1:{FreePort.Next()}";

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["Storage__DataPath"] = _dataPath;
        start.Environment["Urls"] = Origin;
        start.Environment["Database__Provider"] = "Sqlite";
        // As in operation; the host serves its static assets from the build output in every environment.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Several tests post the barrier form; the per-client limit is tested elsewhere and must not make this suite flaky.
        start.Environment["RateLimits__PublicWritePerMinute"] = "1000";
        start.Environment["RateLimits__SignInPerMinute"] = "1000";
        start.Environment["OpenTelemetry__Exporter"] = "none";

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            await WaitUntilReadyAsync(_process);
        }
        catch
        {
            // A fixture that fails to start may never be disposed: leave no host behind.
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            _process = null;
        }

        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task WaitUntilReadyAsync(Process process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"SmartRegion.Web exited with code {process.ExitCode} before it was ready.\n--- host output ---\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Origin + "/health/ready"));
                // „Degraded“ is ready for visitors but the demo content or the search index is still being written.
                var body = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode && body == "Healthy")
                {
                    return;
                }

                last = $"/health/ready answered {(int)response.StatusCode}: {body}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException)
            {
                last = "/health/ready timed out";
            }

            await Task.Delay(200);
        }

        throw new TimeoutException(
            $"SmartRegion.Web was not ready at {Origin}/health/ready within {StartTimeout.TotalSeconds:0} s ({last}).\n--- host output ---\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
