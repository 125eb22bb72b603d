using System.Net;
using System.Net.Http.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>
/// <c>kill -9</c> of the host binary under write load, on the suite's database: after the restart every acknowledged
/// write is there, the database is intact and the outbox delivers what was waiting.
/// </summary>
public sealed class CrashSafetyTests : IAsyncLifetime
{
    private const string PendingEvents = """
        SELECT (SELECT COUNT(*) FROM hub_outbox WHERE "ProcessedAt" IS NULL) + (SELECT COUNT(*) FROM help_outbox WHERE "ProcessedAt" IS NULL)
             + (SELECT COUNT(*) FROM opendata_outbox WHERE "ProcessedAt" IS NULL)
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "smartregion-crash-" + Guid.NewGuid().ToString("N"));
    private Installation _installation = null!;

    public async ValueTask InitializeAsync() => _installation = await Installation.CreateAsync(_root, "data");

    public async ValueTask DisposeAsync()
    {
        await _installation.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task after_a_kill_under_write_load_every_acknowledged_write_is_there_and_the_outbox_resumes()
    {
        var settings = _installation.Environment();
        settings["Database__MigrateOnStart"] = "true";
        settings["Seeding__DemoInBackground"] = "false";
        settings["RateLimits__PublicWritePerMinute"] = "1000000";
        settings["Outbox__RunInBackground"] = "false"; // the seeded events wait in the outbox when the process dies
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        using (var host = await RunningHost.StartAsync(settings))
        {
            var offer = (await _installation.ColumnAsync("""SELECT "Id" FROM help_services WHERE "Status" = 'active' ORDER BY "Id" """))[0];
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => WriteUntilKilledAsync(host.Address, offer, w, acknowledged, stop.Token)).ToList();
            // Some writes acknowledged, then a second more of load: the kill falls among writes in flight.
            var load = System.Diagnostics.Stopwatch.StartNew();
            while (acknowledged.Count < 20 && load.Elapsed < TimeSpan.FromMinutes(1))
            {
                await Task.Delay(50);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            host.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.NotEmpty(acknowledged);
        Assert.NotEqual("0", (await _installation.ColumnAsync(PendingEvents))[0]);
        settings["Outbox__RunInBackground"] = "true";
        using var restarted = await RunningHost.StartAsync(settings);

        var stored = (await _installation.ColumnAsync("""SELECT "Id" FROM help_offer_feedback""")).Select(Guid.Parse).ToHashSet();
        Assert.All(acknowledged, id => Assert.Contains(id, stored));
        if (!TestDatabase.IsPostgres)
        {
            Assert.Equal(["ok"], await _installation.ColumnAsync("PRAGMA integrity_check"));
        }

        using var client = new HttpClient { BaseAddress = restarted.Address };
        var deadline = System.Diagnostics.Stopwatch.StartNew(); // a bound for a busy machine, not a speed check
        while (deadline.Elapsed < TimeSpan.FromMinutes(3) && ((await _installation.ColumnAsync(PendingEvents))[0] != "0" || !await ReadyAsync(client)))
        {
            await Task.Delay(100);
        }

        Assert.Equal("0", (await _installation.ColumnAsync(PendingEvents))[0]);
        Assert.True(await ReadyAsync(client));
    }

    private static async Task<bool> ReadyAsync(HttpClient client) =>
        (await client.GetAsync(new Uri("health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK;

    /// <summary>Sends reports one after another until the process dies; keeps the id of every report the platform acknowledged.</summary>
    private static async Task WriteUntilKilledAsync(Uri address, string offer, int writer, System.Collections.Concurrent.ConcurrentBag<Guid> acknowledged, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            try
            {
                using var response = await client.PostAsJsonAsync(
                    new Uri($"api/help/services/{offer}/feedback", UriKind.Relative), new { reasons = Array.Empty<string>(), comment = $"Absturztest {writer}-{n}" }, stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await response.Content.ReadFromJsonAsync<Created>(stop))!.Id);
                }
            }
            catch (TaskCanceledException) when (!stop.IsCancellationRequested)
            {
                // Too slow on a busy machine: not acknowledged, try the next one.
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
            {
                return; // The process is gone; what it had not answered was never acknowledged.
            }
        }
    }

    private sealed record Created(Guid Id);
}
