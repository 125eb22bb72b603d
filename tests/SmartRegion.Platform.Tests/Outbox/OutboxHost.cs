using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SmartRegion.Kernel;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Platform.Tests.Outbox;

/// <summary>A bare host with the kernel and one test module, registered the way modules register themselves.</summary>
internal sealed class OutboxHost : IAsyncDisposable
{
    private readonly IHost _host;

    private OutboxHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static OutboxHost Start(string connectionString, string provider, NoteLog log, FakeTimeProvider time)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:SmartRegion"] = connectionString,
            ["Outbox:RunInBackground"] = "false",
        });
        builder.AddKernel();
        builder.AddModuleDb<OutboxTestDb, OutboxTestSqliteDb, OutboxTestPostgresDb>("outboxtest");
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddIntegrationEventHandler<NoteWritten, NoteWrittenHandler>();
        builder.Services.AddIntegrationEventBatchHandler<NoteWritten, NoteBatchHandler>();
        return new OutboxHost(builder.Build());
    }

    public Task<int> DispatchAsync() => Services.GetRequiredService<IOutboxProcessor>().DispatchPendingAsync(CancellationToken.None);

    public async Task<T> WithDbAsync<T>(Func<OutboxTestDb, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OutboxTestDb>());
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
