using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Outbox;

/// <summary>
/// What only PostgreSQL does: nodes commit concurrently, so a node's cursor must not pass an event that is committed
/// later than a newer one; and a commit on one node wakes the others through LISTEN/NOTIFY.
/// </summary>
public sealed class PostgresNodeEventsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly NoteLog _cluster = new();
    private readonly ProjectionLog _projections = new();
    private readonly OutboxTestDatabase _database = new();

    public async ValueTask InitializeAsync()
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "Concurrent commits and LISTEN/NOTIFY are PostgreSQL's; SQLite has one writer and is polled.");
        await _database.CreateAsync(_time);
    }

    public async ValueTask DisposeAsync() => await _database.DropAsync();

    [Fact]
    public async Task an_event_committed_after_a_newer_one_is_not_skipped_by_a_nodes_cursor()
    {
        await using var nodeA = StartNode("a");
        await using var nodeB = StartNode("b");
        await using var scope = nodeA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxTestDb>();
        var transaction = await db.Database.BeginTransactionAsync();
        var early = Guid.NewGuid();
        db.Notes.Add(new Note { Id = early, Text = "früh geschrieben, spät bestätigt" });
        db.Publish(new NoteWritten(early, "früh"), _time.GetUtcNow());
        await db.SaveChangesAsync();

        var late = await WriteNoteAsync(nodeA, "spät geschrieben, früh bestätigt");
        await nodeB.DispatchAsync();
        var whileOpen = _projections.Of("b");
        await transaction.CommitAsync();
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("b").Length == 2, nodeB);
        await nodeB.DispatchAsync();

        Assert.Empty(whileOpen);
        Assert.Equal([early, late], _projections.Of("b"));
    }

    [Fact]
    public async Task a_commit_with_events_on_one_node_wakes_the_listener_of_another()
    {
        await using var writer = StartNode("a");
        using var signal = new OutboxSignal();
        using var listener = new PostgresOutboxListener(_database.Connection, signal, NullLogger<PostgresOutboxListener>.Instance);
        await listener.StartAsync(TestContext.Current.CancellationToken);
        await signal.Listening.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        await signal.WaitAsync(TimeSpan.Zero, TestContext.Current.CancellationToken); // the wake-up every listener gives itself

        var quiet = await signal.WaitAsync(TimeSpan.Zero, TestContext.Current.CancellationToken);
        await WriteNoteAsync(writer, "Hallo anderer Knoten");
        var woken = await signal.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        await listener.StopAsync(TestContext.Current.CancellationToken);

        Assert.False(quiet);
        Assert.True(woken);
    }

    [Fact]
    public async Task nodes_in_the_background_that_never_poll_still_see_each_others_events()
    {
        var settings = new Dictionary<string, string?> { ["Outbox:RunInBackground"] = "true", ["Outbox:PollIntervalSeconds"] = "3600" };
        await using var nodeA = StartNode("a", settings);
        await using var nodeB = StartNode("b", settings);
        await nodeA.StartAsync();
        await nodeB.StartAsync();
        await nodeB.Services.GetRequiredService<OutboxSignal>().Listening.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        var id = await WriteNoteAsync(nodeA, "an alle");
        for (var i = 0; i < 600 && _projections.Of("b").Length == 0; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal([id], _projections.Of("b"));
    }

    private OutboxHost StartNode(string name, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? more = null) =>
        OutboxHost.StartNode(_database.Connection, name, _cluster, _projections, _time, settings, more);

    private Task<Guid> WriteNoteAsync(OutboxHost host, string text) => host.WriteNoteAsync(text, _time.GetUtcNow());
}
