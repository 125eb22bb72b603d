using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>
/// The scaled-out profile on this machine: the built host binary twice (nodes A and B, each with a data folder and a port
/// of its own) on one fresh PostgreSQL database, with nginx in front as in <c>deploy/nginx/smartregion.conf</c>. Shared
/// between the nodes, as <c>deploy/compose.yaml</c> mounts them: <c>keys</c>, <c>audit</c> and <c>opendata/files</c>.
/// The database is migrated once (the <c>migrate</c> command) with the demo content of the Hub and the help directory,
/// then both nodes start side by side.
/// </summary>
public sealed class TwoNodeCluster : IAsyncLifetime
{
    /// <summary>The HSDS organization behind „Nachbarschaftshilfe Höchberg“: linked to a provider for the daily round.</summary>
    public const string ProviderOrganization = "7b0e13e4-87a9-4047-b617-b05c8791fedc";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "smartregion-nodes-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, Dictionary<string, string>> _settings = [];
    private readonly Dictionary<string, ConcurrentQueue<string>> _output = new() { ["A"] = new(), ["B"] = new() };
    private readonly Dictionary<string, int> _ports = [];
    private Installation? _installation;
    private string? _missing;

    internal RunningHost A { get; private set; } = null!;

    internal RunningHost B { get; private set; } = null!;

    internal NginxProxy Proxy { get; private set; } = null!;

    public string AdminEmail { get; private set; } = "";

    public string AdminPassword { get; private set; } = "";

    internal Installation Database => _installation!;

    /// <summary>The node's data folder.</summary>
    public string DataPath(string node) => _settings[node]["Storage__DataPath"];

    /// <summary>Every line node A or B wrote, across restarts.</summary>
    public IReadOnlyCollection<string> Output(string node) => _output[node];

    public async ValueTask InitializeAsync()
    {
        var nginx = NginxProxy.Binary;
        if (!TestDatabase.IsPostgres)
        {
            _missing = "Two nodes share one PostgreSQL database; this run is on SQLite (SMARTREGION_TEST_DB=postgres runs it).";
            return;
        }

        if (nginx is null)
        {
            _missing = "nginx (Debian package nginx) is missing on this machine; bash scripts/test.sh installs it.";
            return;
        }

        _installation = await Installation.CreateAsync(_root, "a");
        var migrate = _installation.Environment();
        migrate["Seeding__DemoModules__0"] = "Hub";
        migrate["Seeding__DemoModules__1"] = "Help";
        var (exitCode, output) = await HostProcess.RunAsync(["migrate"], migrate);
        Assert.True(exitCode == 0, output);
        var access = await File.ReadAllLinesAsync(Path.Combine(_installation.DataPath, "demo-zugang.txt"));
        AdminEmail = access.Single(l => l.StartsWith("E-Mail: ", StringComparison.Ordinal))["E-Mail: ".Length..];
        AdminPassword = access.Single(l => l.StartsWith("Passwort: ", StringComparison.Ordinal))["Passwort: ".Length..];
        await PrepareDailyRoundAsync();

        var proxyPort = RunningHost.FreePort();
        foreach (var node in new[] { "A", "B" })
        {
            var path = Path.Combine(_root, node.ToLowerInvariant());
            var settings = _installation.Environment();
            settings["Storage__DataPath"] = path;
            settings["Seeding__Demo"] = "false";
            settings["Database__MigrateOnStart"] = "false";
            settings["DataProtection__Store"] = "Database";
            settings["Outbox__Node"] = node;
            settings["Proxy__Enabled"] = "true";
            settings["Proxy__KnownProxies__0"] = "127.0.0.1";
            settings["Modules__Hub__PublicOrigin"] = $"http://127.0.0.1:{proxyPort}";
            settings["RateLimits__PublicWritePerMinute"] = "1000000";
            settings["RateLimits__SignInPerMinute"] = "1000";
            // Both nodes start their daily round at once, a few seconds after the start: the race the round must survive.
            settings["Modules__Help__DailyTasks__FirstRoundAfterSeconds"] = "3";
            settings["Logging__LogLevel__SmartRegion.Help.Freshness.DailyHelpJob"] = "Information";
            _settings[node] = settings;
            _ports[node] = RunningHost.FreePort();
        }

        ShareFolders();
        var starting = new[] { "A", "B" }.Select(n => RunningHost.StartAsync(_settings[n], _ports[n], _output[n])).ToArray();
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            A = starting[0].IsCompletedSuccessfully ? starting[0].Result : null!;
            B = starting[1].IsCompletedSuccessfully ? starting[1].Result : null!;
        }

        await Task.WhenAll(WaitReadyAsync(A), WaitReadyAsync(B));
        Proxy = await NginxProxy.StartAsync(nginx, proxyPort, [A.Address, B.Address]);
    }

    /// <summary>Skips the test where the cluster cannot run here (fails under CI=true when only nginx is missing).</summary>
    public void Require()
    {
        if (_missing is null)
        {
            return;
        }

        if (TestDatabase.IsPostgres && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(_missing + " Under CI=true this test must run.");
        }

        Assert.Skip(_missing);
    }

    /// <summary>Starts the node again with its settings, port and data folder, and waits until it is ready.</summary>
    internal async Task RestartAsync(string node)
    {
        var host = await RunningHost.StartAsync(_settings[node], _ports[node], _output[node]);
        await WaitReadyAsync(host);
        if (node == "A")
        {
            A.Dispose();
            A = host;
        }
        else
        {
            B.Dispose();
            B = host;
        }
    }

    /// <summary>
    /// A client of the proxy or a node that keeps cookies in <paramref name="cookies"/>, follows no redirect and sends the
    /// antiforgery token with a write, as the platform's pages do (<see cref="SessionWriteToken"/>).
    /// </summary>
    public static HttpClient Client(Uri address, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        return new(new SessionWriteToken(cookies) { InnerHandler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false } })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async ValueTask DisposeAsync()
    {
        Proxy?.Dispose();
        A?.Dispose();
        B?.Dispose();
        if (_installation is not null)
        {
            await _installation.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task WaitReadyAsync(RunningHost host)
    {
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(20) };
        var deadline = Stopwatch.StartNew(); // a bound for a busy machine, not a speed check
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            try
            {
                if ((await client.GetAsync(new Uri("health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (TaskCanceledException)
            {
                // Busy catching up.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The node did not become ready within three minutes:\n" + string.Join('\n', host.Output.TakeLast(40)));
    }

    /// <summary>B's data folder shares keys, audit checkpoints and distribution files with A's, as a network mount would.</summary>
    private void ShareFolders()
    {
        var a = DataPath("A");
        var b = DataPath("B");
        foreach (var shared in new[] { "keys", "audit", Path.Combine("opendata", "files") })
        {
            Directory.CreateDirectory(Path.Combine(a, shared));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(b, shared))!);
            Directory.CreateSymbolicLink(Path.Combine(b, shared), Path.Combine(a, shared));
        }
    }

    /// <summary>
    /// The demo admin owns a provider in the Hub that is linked to the HSDS organization of two demo offers, both last
    /// confirmed long ago: the daily round has one reminder to send.
    /// </summary>
    private async Task PrepareDailyRoundAsync()
    {
        var organisation = Guid.NewGuid();
        await _installation!.ColumnAsync($"""
            INSERT INTO hub_organisations ("Id", "Name", "Kind", "MunicipalityAgs", "CreatedAt")
                VALUES ('{organisation}', 'Nachbarschaftshilfe Höchberg e.V.', 'Provider', NULL, now());
            INSERT INTO hub_organisation_members ("OrganisationId", "PersonId", "Role", "JoinedAt")
                SELECT '{organisation}', "Id", 'Owner', now() FROM hub_people WHERE "Email" = '{AdminEmail}';
            UPDATE help_organizations SET "HubOrganisationId" = '{organisation}' WHERE "Id" = '{ProviderOrganization}';
            UPDATE help_services SET "AssuredDate" = DATE '2020-01-01' WHERE "OrganizationId" = '{ProviderOrganization}';
            SELECT 1
            """);
    }
}
