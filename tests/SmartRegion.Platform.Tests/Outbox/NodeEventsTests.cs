using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Kernel.Web;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Outbox;

/// <summary>
/// Several app nodes on one database: side effects run once per cluster, local projections (indexes, caches) on every
/// node, each event once per node, and a node that starts late or was down catches up before it is ready.
/// </summary>
public sealed class NodeEventsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly NoteLog _cluster = new();
    private readonly ProjectionLog _projections = new();
    private readonly OutboxTestDatabase _database = new();

    public async ValueTask InitializeAsync() => await _database.CreateAsync(_time);

    public async ValueTask DisposeAsync() => await _database.DropAsync();

    [Fact]
    public async Task an_event_raised_on_one_node_reaches_every_nodes_projection_once_and_the_side_effect_once_in_all()
    {
        await using var nodeA = StartNode("a");
        await using var nodeB = StartNode("b");
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await WriteNoteAsync(i % 3 == 0 ? nodeB : nodeA, $"Notiz {i}"));
        }

        await OutboxHost.DispatchUntilAsync(() => _projections.Of("a").Length == ids.Count && _projections.Of("b").Length == ids.Count && _cluster.Received.Count == ids.Count, nodeA, nodeB);
        await Task.WhenAll(nodeA.DispatchAsync(), nodeB.DispatchAsync());

        Assert.Equal(ids, _projections.Of("a"));
        Assert.Equal(ids, _projections.Of("b"));
        Assert.Equal(ids.Order(), _cluster.Received.Order());
    }

    [Fact]
    public async Task events_saved_inside_a_transaction_wake_the_dispatcher_again_when_it_commits()
    {
        await using var node = StartNode("a");
        var signal = node.Services.GetRequiredService<OutboxSignal>();
        var ct = TestContext.Current.CancellationToken;

        var (atSave, afterSave, atCommit) = await node.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var note = new Note { Id = Guid.NewGuid(), Text = "im Import" };
            db.Notes.Add(note);
            db.Publish(new NoteWritten(note.Id, note.Text), _time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            var atSave = await signal.WaitAsync(TimeSpan.Zero, ct);
            var afterSave = await signal.WaitAsync(TimeSpan.Zero, ct);
            await transaction.CommitAsync(ct);
            return (atSave, afterSave, await signal.WaitAsync(TimeSpan.Zero, ct));
        });

        Assert.True(atSave);
        Assert.False(afterSave);
        // Without the second wake-up, a dispatcher that looked between save and commit would sleep a whole poll interval.
        Assert.True(atCommit);
    }

    [Fact]
    public async Task a_node_started_after_the_events_catches_up_from_the_start_before_it_is_ready()
    {
        await using var nodeA = StartNode("a");
        var ids = new List<Guid> { await WriteNoteAsync(nodeA, "eins"), await WriteNoteAsync(nodeA, "zwei") };
        await OutboxHost.DispatchUntilAsync(() => _cluster.Received.Count == 2, nodeA);

        await using var late = StartNode("late");
        await late.StartAsync();
        var before = await late.ReadinessAsync();
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("late").Length == 2, late);
        var after = await late.ReadinessAsync();

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Contains("late", before.Entries["local-projections"].Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        Assert.Equal(ids, _projections.Of("late"));
        Assert.Equal(ids.Order(), _cluster.Received.Order());
    }

    [Fact]
    public async Task a_node_that_was_down_goes_on_from_its_cursor_and_sees_nothing_twice()
    {
        await using var nodeA = StartNode("a");
        var first = await WriteNoteAsync(nodeA, "vorher");
        await using (var nodeB = StartNode("b"))
        {
            await OutboxHost.DispatchUntilAsync(() => _projections.Of("b").Length == 1, nodeB);
        }

        var second = await WriteNoteAsync(nodeA, "während B weg war");
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("a").Length == 2, nodeA);
        await using var restarted = StartNode("b");
        await restarted.StartAsync();
        Assert.Equal(HealthStatus.Unhealthy, (await restarted.ReadinessAsync()).Status);
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("b").Length == 2, restarted);
        await restarted.DispatchAsync();

        Assert.Equal(HealthStatus.Healthy, (await restarted.ReadinessAsync()).Status);
        Assert.Equal([first, second], _projections.Of("b"));
        var cursors = await restarted.WithDbAsync(db => db.Set<OutboxNodeCursor>().AsNoTracking().Select(c => c.Node).ToListAsync());
        Assert.Equal(["a", "b"], cursors.Order());
    }

    [Fact]
    public async Task a_failing_projection_holds_the_nodes_cursor_and_the_event_is_handled_later()
    {
        await using var nodeA = StartNode("a");
        _projections.FailuresLeft = 1;
        var id = await WriteNoteAsync(nodeA, "gesperrt");

        await OutboxHost.DispatchUntilAsync(() => _projections.FailuresLeft <= 0, nodeA);
        var afterFailure = _projections.Of("a");
        await nodeA.DispatchAsync();
        var duringPause = _projections.Of("a");
        _time.Advance(TimeSpan.FromSeconds(3));
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("a").Length > 0, nodeA);
        await nodeA.DispatchAsync();

        Assert.Empty(afterFailure);
        Assert.Empty(duringPause);
        Assert.Equal([id], _projections.Of("a"));
        Assert.Equal([id], _cluster.Received);
    }

    [Fact]
    public async Task a_change_empties_the_page_cache_of_every_node()
    {
        await using var nodeA = StartNode("a", more: services => services.AddOutputCache().AddPageCacheEviction<NoteWritten>());
        await using var nodeB = StartNode("b", more: services => services.AddOutputCache().AddPageCacheEviction<NoteWritten>());
        foreach (var node in new[] { nodeA, nodeB })
        {
            await node.Services.GetRequiredService<IOutputCacheStore>().SetAsync("/angebote/1", [1, 2, 3], [PageCache.Tag], TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        await WriteNoteAsync(nodeA, "Angebot geändert");
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("a").Length == 1 && _projections.Of("b").Length == 1, nodeA, nodeB);

        foreach (var node in new[] { nodeA, nodeB })
        {
            Assert.Null(await node.Services.GetRequiredService<IOutputCacheStore>().GetAsync("/angebote/1", CancellationToken.None));
        }
    }

    [Fact]
    public void a_handler_of_node_local_state_cannot_be_registered_once_per_cluster()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddIntegrationEventHandler<NoteWritten, NoteProjection>());
        Assert.Contains("AddLocalProjection", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => services.AddLocalProjection<NoteWritten, NoteWrittenHandler>());
    }

    private OutboxHost StartNode(string name, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? more = null) =>
        OutboxHost.StartNode(_database.Connection, name, _cluster, _projections, _time, settings, more);

    private Task<Guid> WriteNoteAsync(OutboxHost host, string text) => host.WriteNoteAsync(text, _time.GetUtcNow());
}
