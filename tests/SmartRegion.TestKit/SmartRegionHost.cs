using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Outbox;
using Xunit;

namespace SmartRegion.TestKit;

/// <summary>
/// The whole platform in process, through its real pipeline, on a database of its own (SQLite file or PostgreSQL).
/// Use as a class fixture; call <see cref="ResetAsync"/> before each test.
/// </summary>
public class SmartRegionHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "smartregion-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteSnapshot _snapshot = new();
    private readonly PostgresSnapshot _postgresSnapshot = new();
    private string? _postgres;

    /// <summary>Services a derived host adds, e.g. a handler that records integration events.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>False for a host that tests the start itself (first-start logs, seeding at start): it always seeds anew.</summary>
    protected virtual bool StartsFromSeededCopy => true;

    /// <summary>Extra configuration a derived host sets (e.g. a low rate limit).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public string DataPath => _dataPath;

    /// <summary>Hosts of one kind (type and settings) seed the same data, so later ones may start from the first's copy.</summary>
    private string Kind => GetType().FullName + "|" + string.Join("|", Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));

    /// <summary>Whether a test has written to the database since the last reset.</summary>
    public WriteTracker Writes { get; } = new();

    /// <summary>What a derived host starts before the platform, e.g. a server its settings point at.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        await BeforeStartAsync();
        Directory.CreateDirectory(_dataPath);

        // A later host of a kind already seeded in this run starts from that seeding's copy: the data folder's files, and
        // the database files (SQLite) or a database made from the kind's template database (PostgreSQL).
        var template = TestDatabase.IsPostgres && StartsFromSeededCopy ? SeededTemplates.PostgresTemplate(Kind) : null;
        var fromTemplate = StartsFromSeededCopy && (!TestDatabase.IsPostgres || template is not null) && SeededTemplates.TryFill(Kind, _dataPath);
        if (TestDatabase.IsPostgres)
        {
            _postgres = await TestDatabase.CreatePostgresDatabaseAsync(fromTemplate ? template : null);
        }

        // Building the server runs the host's start-up: migrations and reference data.
        await StartServerAsync();
        if (fromTemplate && TestDatabase.IsPostgres)
        {
            // The copied database holds the template's snapshot of the seeded rows; the first reset puts those back.
            await _postgresSnapshot.AttachAsync(Services);
        }
        else if (fromTemplate)
        {
            // The first reset puts back the template's seeded rows rather than seeding again.
            _snapshot.Take(Services, file => SeededTemplates.DatabaseCopy(Kind, Path.GetRelativePath(_dataPath, file)));
        }
    }

    private static readonly SemaphoreSlim FirstStart = new(1, 1);
    private static volatile bool _started;

    /// <summary>
    /// Starts the server; the first host of the test process starts alone. EF Core keeps the models of a context type
    /// once per process, and two hosts migrating at the same moment before any finished could both touch the model while
    /// it is still being initialised ("The model must be finalized …"). Once one host has started, the models are
    /// complete and later hosts start side by side.
    /// </summary>
    private async Task StartServerAsync()
    {
        if (_started)
        {
            _ = Server;
            return;
        }

        await FirstStart.WaitAsync();
        try
        {
            _ = Server;
            _started = true;
        }
        finally
        {
            FirstStart.Release();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataPath", _dataPath);
        builder.UseSetting("Database:Provider", TestDatabase.ProviderName);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("ConnectionStrings:SmartRegion", _postgres ?? "");
        builder.UseSetting("Outbox:RunInBackground", "false");
        // Tests create the people they need; the demo seeding has a test of its own.
        builder.UseSetting("Seeding:Demo", "false");
        // When a host does seed demo content, before the first test rather than alongside it.
        builder.UseSetting("Seeding:DemoInBackground", "false");
        // Search counts are written when a test flushes them, never in the background beside a reset.
        builder.UseSetting("Modules:Help:SearchStatisticsFlushSeconds", "3600");
        builder.UseSetting("RateLimits:PublicWritePerMinute", "10000");
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:AnonymousReadsPerMinute", "1000000");
        // Hashing stays real but cheaper, so the many sign-ins of the suite stay fast.
        builder.UseSetting("Modules:Hub:PasswordHashIterations", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestStartup>();
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Writes);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(YieldingCommands.Instance);
            ConfigureServices(services);
            services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, null);
            // Policies accept the test scheme besides the platform's own cookie.
            services.PostConfigure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(options =>
            {
                foreach (var name in new[] { SmartRegion.Hub.Contracts.HubPolicies.RegionAdmin })
                {
                    var policy = options.GetPolicy(name)!;
                    options.AddPolicy(name, new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(policy)
                        .AddAuthenticationSchemes(TestAuthentication.SchemeName, "Identity.Application").Build());
                }
            });
        });
    }

    /// <summary>
    /// Empties every module's tables and seeds reference and demo data again, unless nothing was written since the last
    /// reset (a class of tests that only read shares one seeding) and <paramref name="always"/> is false; pages cached
    /// from the old data go either way.
    /// </summary>
    public async Task ResetAsync(bool always = false)
    {
        if (always || Writes.Written)
        {
            // The audit log's signed checkpoints under the data path anchor the entries the reset is about to remove.
            var checkpoints = Path.Combine(_dataPath, "audit");
            if (Directory.Exists(checkpoints))
            {
                Directory.Delete(checkpoints, recursive: true);
            }

            if (_snapshot.IsTaken && !always)
            {
                _snapshot.Restore();
            }
            else if (_postgresSnapshot.IsTaken && !always)
            {
                await _postgresSnapshot.RestoreAsync();
            }
            else
            {
                await DatabaseReset.ResetAsync(Services);
                await Services.GetRequiredService<DatabaseInitializer>().SeedAsync(CancellationToken.None);
                Seedings++;
                if (TestDatabase.IsPostgres)
                {
                    await _postgresSnapshot.TakeAsync(Services);
                    if (StartsFromSeededCopy)
                    {
                        await SeededTemplates.KeepPostgresAsync(Kind, _dataPath, _postgres!);
                    }
                }
                else
                {
                    _snapshot.Take(Services);
                    SeededTemplates.Keep(Kind, _dataPath, SqliteSnapshot.DatabaseFiles(Services));
                }
            }

            await AfterReseedAsync();
            Writes.MarkClean();
        }

        await PageCacheAssert.EvictAsync(this);
    }

    /// <summary>
    /// How often this host seeded anew rather than putting a snapshot back; data put back from a snapshot is the same as
    /// after the last seeding, so work derived from it (e.g. an index) can be kept while this number stays.
    /// </summary>
    protected int Seedings { get; private set; }

    /// <summary>Work a derived host does once the data is seeded again, e.g. rebuilding an index from it.</summary>
    protected virtual Task AfterReseedAsync() => Task.CompletedTask;

    /// <summary>Runs one outbox cycle, as the background dispatcher would.</summary>
    public Task<int> DispatchOutboxAsync() =>
        Services.GetRequiredService<IOutboxProcessor>().DispatchPendingAsync(CancellationToken.None);

    /// <summary>
    /// A client that keeps cookies and does not follow redirects, so tests see each step; writes with the session cookie
    /// carry the antiforgery token as the platform's pages send it (<see cref="SessionWriteToken"/>).
    /// </summary>
    public HttpClient CreateBrowserClient()
    {
        var cookies = new CookieContainerHandler();
        return CreateDefaultClient(new Uri("http://localhost"), new SessionWriteToken(cookies.Container), cookies);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _snapshot.Dispose();
        if (_postgres is not null)
        {
            await TestDatabase.DropPostgresDatabaseAsync(_postgres);
        }

        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS; the temp folder is cleaned eventually.
        }

        GC.SuppressFinalize(this);
    }
}
