using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Platform.Tests.Outbox;

/// <summary>
/// The outbox cleanup (docs/adr/0013): delivered events go only when the once-per-cluster handlers processed them, every
/// node seen within the retention is past them and the retention has passed; one node of the cluster does a round.
/// </summary>
public sealed class OutboxCleanupTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly NoteLog _cluster = new();
    private readonly ProjectionLog _projections = new();
    private readonly OutboxTestDatabase _database = new();

    public async ValueTask InitializeAsync() => await _database.CreateAsync(_time);

    public async ValueTask DisposeAsync() => await _database.DropAsync();

    [Fact]
    public async Task events_stay_while_a_live_node_is_behind_and_go_once_every_node_is_past_them()
    {
        await using var nodeA = StartNode("a");
        await using var nodeB = StartNode("b");
        var notes = new List<Guid> { await WriteAsync(nodeA, "eins"), await WriteAsync(nodeA, "zwei") };
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("a").Length == 2 && _projections.Of("b").Length == 2 && _cluster.Received.Count == 2, nodeA, nodeB);
        for (var i = 3; i <= 5; i++)
        {
            notes.Add(await WriteAsync(nodeA, $"Notiz {i}"));
        }

        await OutboxHost.DispatchUntilAsync(() => _projections.Of("a").Length == 5 && _cluster.Received.Count == 5, nodeA);
        _time.Advance(Retention + TimeSpan.FromHours(1));
        await nodeA.DispatchAsync();
        _projections.FailuresLeft = 1;
        await nodeB.DispatchAsync(); // B is alive but its index is locked: it says so and stays at the second note.

        var whileBehind = await Cleanup(nodeA).RunAsync(CancellationToken.None);
        var keptWhileBehind = await OutboxIdsAsync(nodeA);

        _time.Advance(TimeSpan.FromSeconds(3)); // past the pause after B's failure
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("b").Length == 5, nodeB);
        _time.Advance(TimeSpan.FromHours(1));
        var after = await Cleanup(nodeA).RunAsync(CancellationToken.None);

        Assert.Equal((1, 1), whileBehind);
        Assert.Equal(notes[1..], keptWhileBehind);
        Assert.Equal((1, 3), after);
        Assert.Equal([notes[4]], await OutboxIdsAsync(nodeA));
        Assert.Equal(5, await nodeA.WithDbAsync(db => db.Notes.CountAsync()));
        Assert.Equal(["#cleanup", "a", "b"], (await nodeA.WithDbAsync(db => db.Set<OutboxNodeCursor>().Select(c => c.Node).ToListAsync())).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task events_younger_than_the_retention_or_not_yet_processed_once_per_cluster_stay()
    {
        await using var node = StartNode("a");
        _cluster.FailuresLeft = 1;
        var failing = await WriteAsync(node, "Empfänger gestört");
        var processed = await WriteAsync(node, "zugestellt");
        var newest = await WriteAsync(node, "neueste");
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("a").Length == 3 && _cluster.Received.Count == 2, node);

        var young = await Cleanup(node).RunAsync(CancellationToken.None);
        _time.Advance(Retention + TimeSpan.FromHours(1));
        _cluster.FailuresLeft = 100;
        await node.DispatchAsync();
        var old = await Cleanup(node).RunAsync(CancellationToken.None);

        Assert.Equal((1, 0), young);
        Assert.Equal((1, 1), old);
        Assert.Equal([failing, newest], await OutboxIdsAsync(node));
        Assert.DoesNotContain(processed, await OutboxIdsAsync(node));
    }

    [Fact]
    public async Task one_node_of_the_cluster_does_a_round_and_the_others_leave_it_to_that_one()
    {
        await using var nodeA = StartNode("a");
        await using var nodeB = StartNode("b");
        await WriteAsync(nodeA, "eins");
        await OutboxHost.DispatchUntilAsync(() => _projections.Of("a").Length == 1 && _projections.Of("b").Length == 1 && _cluster.Received.Count == 1, nodeA, nodeB);

        var rounds = await Task.WhenAll(Cleanup(nodeA).RunAsync(CancellationToken.None), Cleanup(nodeB).RunAsync(CancellationToken.None));
        var soonAfter = await Cleanup(nodeB).RunAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        var nextInterval = await Cleanup(nodeB).RunAsync(CancellationToken.None);

        Assert.Equal(1, rounds.Sum(r => r.Modules));
        Assert.Equal((0, 0), soonAfter);
        Assert.Equal(1, nextInterval.Modules);
    }

    [Fact]
    public void a_node_name_cannot_take_the_marker_of_the_cleanup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Outbox:Node"] = OutboxCleanup.Marker }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => OutboxOptions.From(configuration));

        Assert.Contains("starts with '#'", refused.Message, StringComparison.Ordinal);
    }

    private static OutboxCleanup Cleanup(OutboxHost node) => node.Services.GetRequiredService<OutboxCleanup>();

    /// <summary>The notes whose events are still in the outbox, oldest first.</summary>
    private static async Task<List<Guid>> OutboxIdsAsync(OutboxHost node) =>
        [.. (await node.WithDbAsync(db => db.Set<OutboxMessage>().OrderBy(m => m.OccurredAt).Select(m => m.Payload).ToListAsync()))
            .Select(p => JsonSerializer.Deserialize<NoteWritten>(p, Json)!.NoteId)];

    private async Task<Guid> WriteAsync(OutboxHost node, string text)
    {
        // A second apart, so the outbox's order by time is the order of writing.
        _time.Advance(TimeSpan.FromSeconds(1));
        return await node.WriteNoteAsync(text, _time.GetUtcNow());
    }

    private OutboxHost StartNode(string name) => OutboxHost.StartNode(_database.Connection, name, _cluster, _projections, _time);
}
