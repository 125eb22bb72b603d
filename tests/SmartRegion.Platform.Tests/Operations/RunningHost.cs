using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>The built host binary serving on a free local port, as a process of its own that a test may kill.</summary>
internal sealed class RunningHost : IDisposable
{
    private readonly Process _process;

    private RunningHost(Process process, Uri address, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        _process = process;
        Address = address;
        Output = output;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote to standard output and error, line by line.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Output { get; }

    /// <param name="environment">The settings, as environment variables.</param>
    /// <param name="port">The port to listen on; a free one when null.</param>
    /// <param name="output">Where the output lines go (kept across a restart of the same node); a new queue when null.</param>
    public static async Task<RunningHost> StartAsync(
        IReadOnlyDictionary<string, string> environment, int? port = null, System.Collections.Concurrent.ConcurrentQueue<string>? output = null)
    {
        port ??= FreePort();
        output ??= new System.Collections.Concurrent.ConcurrentQueue<string>();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmartRegion.Web.dll"));
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new RunningHost(process, new Uri($"http://127.0.0.1:{port}/"), output);
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(20) };

        // A bound, not a speed check: the whole suite runs beside this on two cores.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(process.HasExited, $"The host exited with {(process.HasExited ? process.ExitCode : 0)} while starting:\n{string.Join('\n', output.TakeLast(40))}");
            try
            {
                if ((await client.GetAsync(new Uri("health/live", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer.
            }

            await Task.Delay(100);
        }

        host.Dispose();
        throw new TimeoutException("The host did not start listening within three minutes.");
    }

    /// <summary>SIGKILL: no shutdown, no flush — what a power cut or the OOM killer does.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
