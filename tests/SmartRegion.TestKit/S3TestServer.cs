using System.Diagnostics;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using SmartRegion.Kernel.Files;
using Xunit;

namespace SmartRegion.TestKit;

/// <summary>
/// A real S3-compatible server for the file store's tests: the npm package s3rver (pinned in <c>S3/package-lock.json</c>,
/// installed with <c>npm ci</c> into a temporary folder outside the repository on first use), on a free port of the
/// loopback address with a temporary folder of its own. One per test class (as a fixture or inside the class's host);
/// stopped, and its folder removed, when disposed. Where node or npm is missing it is not started (<see cref="StartAsync"/>
/// gives null) and the tests that need it skip with the reason — except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class S3TestServer : IAsyncDisposable
{
    /// <summary>s3rver's fixed credentials.</summary>
    public const string AccessKey = "S3RVER";

    /// <summary>s3rver's fixed credentials.</summary>
    public const string SecretKey = "S3RVER";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _installed;
    private readonly Process _process;
    private readonly string _directory;

    private S3TestServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        ServiceUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>The server's address.</summary>
    public string ServiceUrl { get; }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why no server could be started, for the skip message; null once one runs.</summary>
    public static string? Missing { get; private set; }

    /// <summary>Starts a server with the buckets named; null when node or npm is missing on this machine (not under CI).</summary>
    public static async Task<S3TestServer?> StartAsync(params string[] buckets)
    {
        if (!Probe("node", "--version") || !Probe("npm", "--version"))
        {
            Missing = "node and npm (for the S3-compatible test server s3rver) are missing";
            if (IsCi)
            {
                throw new InvalidOperationException(Missing + "; under CI=true the S3 tests must run.");
            }

            return null;
        }

        var tools = await InstallAsync();
        var directory = Path.Combine(Path.GetTempPath(), "smartregion-s3-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(tools, "s3rver.mjs"));
        start.ArgumentList.Add(directory);
        foreach (var bucket in buckets)
        {
            start.ArgumentList.Add(bucket);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var line = await process.StandardOutput.ReadLineAsync();
        if (line is null || !line.StartsWith("port ", StringComparison.Ordinal))
        {
            var errors = await process.StandardError.ReadToEndAsync();
            process.Dispose();
            throw new InvalidOperationException("s3rver did not start: " + line + errors);
        }

        _ = process.StandardError.ReadToEndAsync();
        return new S3TestServer(process, directory, int.Parse(line[5..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Skips the test (fails it under CI) when no server could be started.</summary>
    public static void Require(S3TestServer? server)
    {
        if (server is not null)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail((Missing ?? "The S3 test server is missing") + "; under CI=true this test must run.");
        }

        Assert.Skip((Missing ?? "The S3 test server is missing") + " on this machine; the test is skipped.");
    }

    /// <summary>The store's settings for a bucket of this server.</summary>
    public S3StoreOptions Options(string bucket) => new()
    {
        ServiceUrl = ServiceUrl,
        Bucket = bucket,
        Region = "us-east-1",
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        ForcePathStyle = true,
    };

    /// <summary>The same as configuration keys (<c>Files:Store</c> and <c>Files:S3:…</c>).</summary>
    public Dictionary<string, string?> Settings(string bucket) => new()
    {
        ["Files:Store"] = "s3",
        ["Files:S3:ServiceUrl"] = ServiceUrl,
        ["Files:S3:Bucket"] = bucket,
        ["Files:S3:Region"] = "us-east-1",
        ["Files:S3:AccessKey"] = AccessKey,
        ["Files:S3:SecretKey"] = SecretKey,
        ["Files:S3:ForcePathStyle"] = "true",
    };

    /// <summary>Creates a bucket (for a test that needs one more than the server started with).</summary>
    public async Task CreateBucketAsync(string bucket)
    {
        using var client = new AmazonS3Client(new BasicAWSCredentials(AccessKey, SecretKey), new AmazonS3Config { ServiceURL = ServiceUrl, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        await client.PutBucketAsync(bucket);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(stopped.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
    }

    /// <summary>The folder with s3rver in node_modules and the start script; installs them on first use.</summary>
    private static async Task<string> InstallAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_installed is not null)
            {
                return _installed;
            }

            var source = Path.Combine(AppContext.BaseDirectory, "S3");
            var lockHash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(source, "package-lock.json"))))[..12];
            var folder = Path.Combine(Path.GetTempPath(), "smartregion-s3rver-" + lockHash);
            if (!File.Exists(Path.Combine(folder, "node_modules", ".ci-done")))
            {
                // Installed beside its place and moved in whole, so test processes running at once never see half of it.
                var staging = folder + "-" + Guid.NewGuid().ToString("N")[..8];
                Directory.CreateDirectory(staging);
                File.Copy(Path.Combine(source, "package.json"), Path.Combine(staging, "package.json"));
                File.Copy(Path.Combine(source, "package-lock.json"), Path.Combine(staging, "package-lock.json"));
                var (code, output) = await RunAsync("npm", ["ci", "--prefix", staging, "--no-audit", "--no-fund", "--loglevel=error"], staging);
                if (code != 0)
                {
                    throw new InvalidOperationException("npm ci for s3rver failed: " + output);
                }

                await File.WriteAllTextAsync(Path.Combine(staging, "node_modules", ".ci-done"), lockHash);
                try
                {
                    if (Directory.Exists(folder))
                    {
                        Directory.Delete(folder, recursive: true);
                    }

                    Directory.Move(staging, folder);
                }
                catch (IOException) when (File.Exists(Path.Combine(folder, "node_modules", ".ci-done")))
                {
                    // Another test process installed it meanwhile.
                    Directory.Delete(staging, recursive: true);
                }
            }

            File.Copy(Path.Combine(source, "s3rver.mjs"), Path.Combine(folder, "s3rver.mjs"), overwrite: true);
            _installed = folder;
            return folder;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static bool Probe(string program, string argument)
    {
        try
        {
            return RunAsync(program, [argument], AppContext.BaseDirectory).GetAwaiter().GetResult().Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
