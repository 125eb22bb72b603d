using System.Diagnostics;
using System.Globalization;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>
/// Debian's nginx as a child process in the foreground, with a configuration of its own in a temporary folder: the
/// upstream of <c>deploy/nginx/smartregion.conf</c> (round robin, no sticky sessions, the same forwarded headers and retry
/// rule) over local nodes, plain HTTP on a local port instead of TLS.
/// </summary>
internal sealed class NginxProxy : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The nginx binary, or null when the Debian package is not installed.</summary>
    public static string? Binary =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.Concat(
                (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, "nginx")))
            .FirstOrDefault(File.Exists);

    /// <summary>The site's proxy settings for <paramref name="nodes"/>, listening on <paramref name="port"/>.</summary>
    public static string Configuration(string folder, int port, IEnumerable<Uri> nodes)
    {
        var servers = string.Join("\n", nodes.Select(n => $"        server {n.Host}:{n.Port.ToString(CultureInfo.InvariantCulture)} max_fails=3 fail_timeout=10s;"));
        // The master runs as the caller; as root its workers would switch to nobody, who cannot write the temporary folder.
        var user = Environment.UserName == "root" ? "user root root;" : "";
        return $$"""
            {{user}}
            worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream smartregion {
            {{servers}}
                    keepalive 32;
                }
                server {
                    listen 127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}};
                    server_tokens off;
                    client_max_body_size 210m;
                    proxy_request_buffering off;
                    location / {
                        proxy_pass http://smartregion;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        # $http_host, not $host as in deploy/nginx: on a port other than 443 it keeps the port in the links.
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_set_header X-Forwarded-Host $http_host;
                        proxy_next_upstream error timeout http_502 http_503;
                        proxy_connect_timeout 5s;
                        proxy_read_timeout 120s;
                    }
                }
            }
            """;
    }

    public static async Task<NginxProxy> StartAsync(string binary, int port, IEnumerable<Uri> nodes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "smartregion-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Configuration(folder, port, nodes));
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-p", folder, "-c", config, "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = proxy.Address, Timeout = TimeSpan.FromSeconds(20) };
        var deadline = Stopwatch.StartNew(); // a bound for a busy machine, not a speed check
        while (deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            if (process.HasExited)
            {
                var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : "";
                proxy.Dispose();
                Assert.Fail($"nginx exited with {process.ExitCode}: {log}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("health/live", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return proxy;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        proxy.Dispose();
        throw new TimeoutException("nginx did not answer within a minute.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // The whole tree: a killed master would leave its worker listening.
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
