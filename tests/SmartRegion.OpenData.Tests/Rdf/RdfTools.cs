using System.Diagnostics;
using System.Security.Cryptography;

namespace SmartRegion.OpenData.Tests.Rdf;

/// <summary>
/// The independent tools the RDF output is proven with: the real SHACL engine (rdf-validate-shacl) and the parsers n3
/// and jsonld.js, installed with <c>npm ci</c> from the pinned lock file into a temporary folder outside the repository
/// on first use; Python's rdflib (Debian's <c>python3-rdflib</c>); and the DCAT-AP.de shapes and vocabularies from
/// <c>shared/data/standards</c>, read where they are.
/// </summary>
internal static class RdfTools
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _installed;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The standards folder: found by walking up from the test's base directory (or <c>SMARTREGION_STANDARDS</c>).</summary>
    public static string? Standards
    {
        get
        {
            if (Environment.GetEnvironmentVariable("SMARTREGION_STANDARDS") is { Length: > 0 } configured && Directory.Exists(configured))
            {
                return configured;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "standards");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>Skips the test (or fails it under CI) when something it needs is missing.</summary>
    public static void Require(bool available, string what)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"{what} is missing; under CI=true this test must run.");
        }

        Assert.Skip($"{what} is missing on this machine; the test is skipped.");
    }

    /// <summary>The folder with node_modules and the scripts; installs them on first use.</summary>
    public static async Task<string> NodeToolsAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_installed is not null)
            {
                return _installed;
            }

            var source = Path.Combine(AppContext.BaseDirectory, "Rdf");
            var lockHash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(source, "package-lock.json"))))[..12];
            var folder = Path.Combine(Path.GetTempPath(), "smartregion-rdf-tools-" + lockHash);
            if (!File.Exists(Path.Combine(folder, "node_modules", ".ci-done")))
            {
                Directory.CreateDirectory(folder);
                File.Copy(Path.Combine(source, "package.json"), Path.Combine(folder, "package.json"), overwrite: true);
                File.Copy(Path.Combine(source, "package-lock.json"), Path.Combine(folder, "package-lock.json"), overwrite: true);
                var (code, output) = await RunAsync("npm", ["ci", "--prefix", folder, "--no-audit", "--no-fund", "--loglevel=error"], folder);
                Assert.True(code == 0, "npm ci failed: " + output);
                await File.WriteAllTextAsync(Path.Combine(folder, "node_modules", ".ci-done"), lockHash);
            }

            File.Copy(Path.Combine(source, "parse.mjs"), Path.Combine(folder, "parse.mjs"), overwrite: true);
            File.Copy(Path.Combine(source, "isomorphic.py"), Path.Combine(folder, "isomorphic.py"), overwrite: true);
            _installed = folder;
            return folder;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static bool HasNode => Probe("node", "--version") && Probe("npm", "--version");

    /// <summary>A Python 3 that has rdflib: Debian's first (the package <c>python3-rdflib</c>), then the one on the path.</summary>
    public static string? Python =>
        new[] { "/usr/bin/python3", "python3" }.FirstOrDefault(p => Probe(p, "-c", "import rdflib"));

    public static async Task<(int Code, string Output)> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory)
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

    private static bool Probe(string program, params string[] arguments)
    {
        try
        {
            return RunAsync(program, arguments, AppContext.BaseDirectory).GetAwaiter().GetResult().Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
