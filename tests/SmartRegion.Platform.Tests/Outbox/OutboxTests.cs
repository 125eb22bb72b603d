using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Outbox;

public sealed class OutboxTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly NoteLog _log = new();
    private readonly OutboxTestDatabase _database = new();

    public async ValueTask InitializeAsync() => await _database.CreateAsync(_time);

    public async ValueTask DisposeAsync() => await _database.DropAsync();

    [Fact]
    public async Task an_event_written_with_a_change_reaches_its_handler_once()
    {
        await using var host = StartHost();
        var id = await WriteNoteAsync(host, "Hallo");

        var first = await host.DispatchAsync();
        var second = await host.DispatchAsync();

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Equal([id], _log.Received);
        var processed = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.NotNull(processed.ProcessedAt);
    }

    [Fact]
    public async Task a_change_that_is_not_saved_publishes_nothing()
    {
        await using var host = StartHost();
        await host.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "verworfen" });
            db.Publish(new NoteWritten(Guid.NewGuid(), "verworfen"), _time.GetUtcNow());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(0, await host.DispatchAsync());
        Assert.Empty(_log.Received);
        Assert.Equal(0, await host.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task a_failing_handler_keeps_the_event_and_it_is_delivered_after_the_backoff()
    {
        await using var host = StartHost();
        _log.FailuresLeft = 1;
        var id = await WriteNoteAsync(host, "später");

        Assert.Equal(0, await host.DispatchAsync());
        var failed = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.ProcessedAt);
        Assert.Contains("down", failed.LastError, StringComparison.Ordinal);

        Assert.Equal(0, await host.DispatchAsync());
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await host.DispatchAsync());
        Assert.Equal([id], _log.Received);
    }

    [Fact]
    public async Task a_batch_handler_gets_the_events_of_one_cycle_together_in_order()
    {
        await using var host = StartHost();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await WriteNoteAsync(host, "Notiz " + i));
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(3, await host.DispatchAsync());

        var batch = Assert.Single(_log.Batches);
        Assert.Equal(ids, batch);
        Assert.Equal(ids, _log.Received);
    }

    [Fact]
    public async Task a_failing_batch_keeps_every_event_of_it_for_a_later_cycle()
    {
        await using var host = StartHost();
        _log.BatchFailuresLeft = 1;
        var first = await WriteNoteAsync(host, "eins");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await WriteNoteAsync(host, "zwei");

        Assert.Equal(0, await host.DispatchAsync());
        var kept = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.All(kept, m => Assert.Equal(1, m.Attempts));
        Assert.All(kept, m => Assert.Null(m.ProcessedAt));
        Assert.Empty(_log.Received);

        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(2, await host.DispatchAsync());
        Assert.Equal([first, second], Assert.Single(_log.Batches));
    }

    [Fact]
    public async Task two_nodes_sharing_one_database_deliver_each_event_exactly_once()
    {
        await using var nodeA = StartHost();
        await using var nodeB = StartHost();
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await WriteNoteAsync(i % 2 == 0 ? nodeA : nodeB, $"Notiz {i}"));
        }

        for (var round = 0; round < 5 && _log.Received.Count < ids.Count; round++)
        {
            await Task.WhenAll(nodeA.DispatchAsync(), nodeB.DispatchAsync());
        }

        Assert.Equal(ids.Order(), _log.Received.Order());
    }

    private OutboxHost StartHost() =>
        OutboxHost.Start(_database.Connection, TestDatabase.ProviderName, _log, _time);

    private Task<Guid> WriteNoteAsync(OutboxHost host, string text) =>
        host.WithDbAsync(async db =>
        {
            var note = new Note { Id = Guid.NewGuid(), Text = text };
            db.Notes.Add(note);
            db.Publish(new NoteWritten(note.Id, text), _time.GetUtcNow());
            await db.SaveChangesAsync();
            return note.Id;
        });
}
