using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>
/// The shipping files under <c>deploy/</c>: the systemd unit as systemd reads it, the nginx site against the headers the
/// app trusts. <c>deploy/check.sh</c> also runs <c>nginx -t</c> and the Dockerfile and compose linters.
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly string Deploy = Path.Combine(RepositoryRoot(), "deploy");

    [Fact]
    public async Task the_systemd_unit_passes_systemd_analyze_verify()
    {
        var start = new ProcessStartInfo("systemd-analyze") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("verify");
        start.ArgumentList.Add(Path.Combine(Deploy, "systemd", "smartregion.service"));
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0 && output.Length == 0, output);
    }

    [Fact]
    public void the_systemd_unit_runs_as_its_own_user_on_a_read_only_system_writing_only_the_data_folder()
    {
        var unit = File.ReadAllLines(Path.Combine(Deploy, "systemd", "smartregion.service"));

        foreach (var line in new[] { "DynamicUser=yes", "ProtectSystem=strict", "ProtectHome=yes", "NoNewPrivileges=yes", "CapabilityBoundingSet=", "PrivateTmp=yes" })
        {
            Assert.Contains(line, unit);
        }

        var writable = Assert.Single(unit, l => l.StartsWith("ReadWritePaths=", StringComparison.Ordinal))["ReadWritePaths=".Length..];
        Assert.Contains(unit, l => l.Contains($"Storage__DataPath={writable} ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("smartregion.conf")]
    [InlineData("compose.conf")]
    public void the_nginx_site_sends_the_forwarded_headers_the_app_reads_to_two_nodes_in_turn(string site)
    {
        var text = File.ReadAllText(Path.Combine(Deploy, "nginx", site));
        var upstream = Upstream().Match(text);

        Assert.True(upstream.Success, "no upstream block");
        Assert.Equal(2, Regex.Count(upstream.Value, @"^\s*server\s", RegexOptions.Multiline));
        Assert.DoesNotMatch(@"^\s*(ip_hash|hash|sticky|least_conn)\b", upstream.Value);
        Assert.Contains("listen 443 ssl", text, StringComparison.Ordinal);
        // Every server block hides the proxy's version, as the app hides its software.
        Assert.Equal(Regex.Count(text, @"^server\s*\{", RegexOptions.Multiline), Regex.Count(text, @"^\s+server_tokens off;", RegexOptions.Multiline));

        // The app takes these three from the proxy (ForwardedHeaders in PlatformServices), so the proxy must set all.
        foreach (var header in new[] { "X-Forwarded-For $proxy_add_x_forwarded_for", "X-Forwarded-Proto $scheme", "X-Forwarded-Host $host" })
        {
            Assert.Contains("proxy_set_header " + header + ";", text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"upstream\s+\w+\s*\{[^}]*\}", RegexOptions.Singleline)]
    private static partial Regex Upstream();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmartRegion.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (SmartRegion.slnx) was not found.");
    }
}
