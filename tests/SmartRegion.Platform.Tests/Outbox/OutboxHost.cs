using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SmartRegion.Kernel;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Outbox;

/// <summary>A bare host with the kernel and one test module, registered the way modules register themselves.</summary>
internal sealed class OutboxHost : IAsyncDisposable
{
    private readonly IHost _host;

    private OutboxHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>
    /// A node on the shared database. Without <paramref name="handlers"/> it has the once-per-cluster handlers of the
    /// outbox tests; <paramref name="settings"/> name the node or let the dispatcher run in the background.
    /// </summary>
    public static OutboxHost Start(
        string connectionString, string provider, NoteLog log, FakeTimeProvider time,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? handlers = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        var configuration = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:SmartRegion"] = connectionString,
            ["Outbox:RunInBackground"] = "false",

            // No demo content: its background seeding would report „Degraded“ in the readiness these tests read.
            ["Seeding:Demo"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddKernel();
        builder.AddModuleDb<OutboxTestDb, OutboxTestSqliteDb, OutboxTestPostgresDb>("outboxtest");
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton<TimeProvider>(time);
        if (handlers is null)
        {
            builder.Services.AddIntegrationEventHandler<NoteWritten, NoteWrittenHandler>();
            builder.Services.AddIntegrationEventBatchHandler<NoteWritten, NoteBatchHandler>();
        }
        else
        {
            handlers(builder.Services);
        }

        return new OutboxHost(builder.Build());
    }

    /// <summary>
    /// A named app node with a once-per-cluster handler (<see cref="NoteWrittenHandler"/>) and a local projection
    /// (<see cref="NoteProjection"/>) of the notes.
    /// </summary>
    public static OutboxHost StartNode(
        string connectionString, string name, NoteLog cluster, ProjectionLog projections, FakeTimeProvider time,
        Dictionary<string, string?>? settings = null, Action<IServiceCollection>? more = null)
    {
        settings ??= [];
        settings["Outbox:Node"] = name;
        return Start(connectionString, TestDatabase.ProviderName, cluster, time, settings, services =>
        {
            services.AddSingleton(projections);
            services.AddSingleton(new TestNode(name));
            services.AddIntegrationEventHandler<NoteWritten, NoteWrittenHandler>();
            services.AddLocalProjection<NoteWritten, NoteProjection>();
            more?.Invoke(services);
        });
    }

    /// <summary>
    /// Runs cycles on the nodes side by side until <paramref name="done"/> holds (at most a few hundred rounds). On
    /// PostgreSQL a node reads an event only once every older transaction on the server has ended, and the tests of other
    /// classes write at the same time, so one cycle may find the newest event not yet readable.
    /// </summary>
    public static async Task DispatchUntilAsync(Func<bool> done, params OutboxHost[] nodes)
    {
        for (var round = 0; round < 400 && !done(); round++)
        {
            await Task.WhenAll(nodes.Select(n => n.DispatchAsync()));
            if (!done())
            {
                await Task.Delay(25);
            }
        }
    }

    /// <summary>Writes a note and its event in one change, as a module's slice would.</summary>
    public Task<Guid> WriteNoteAsync(string text, DateTimeOffset now) =>
        WithDbAsync(async db =>
        {
            var note = new Note { Id = Guid.NewGuid(), Text = text };
            db.Notes.Add(note);
            db.Publish(new NoteWritten(note.Id, text), now);
            await db.SaveChangesAsync();
            return note.Id;
        });

    /// <summary>Starts the hosted services: readiness notes where the outbox stands; the dispatcher when in the background.</summary>
    public Task StartAsync() => _host.StartAsync();

    /// <summary>What <c>/health/ready</c> would report.</summary>
    public async Task<HealthReport> ReadinessAsync() =>
        await Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

    public Task<int> DispatchAsync() => Services.GetRequiredService<IOutboxProcessor>().DispatchPendingAsync(CancellationToken.None);

    public async Task<T> WithDbAsync<T>(Func<OutboxTestDb, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OutboxTestDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
