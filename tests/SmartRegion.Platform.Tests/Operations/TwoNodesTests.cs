using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>
/// Two app nodes behind nginx on one PostgreSQL database (<see cref="TwoNodeCluster"/>): what a visitor or an editor does
/// on one node holds on the other, periodic work runs once for the cluster, and a node that dies under load loses no
/// acknowledged write while the other keeps serving. Each bounded wait polls; the delays it saw go to the test output.
/// </summary>
public sealed class TwoNodesTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    /// <summary>„Schuldner- und Insolvenzberatung“, a demo offer of the whole district.</summary>
    private const string DebtService = "f4cfd722-8410-437c-854a-2c1815ca2ff4";

    /// <summary>How long a change may take to reach the other node before the test gives up (a bound, not a speed check).</summary>
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task a_sign_in_on_node_a_is_valid_on_node_b_and_through_the_proxy()
    {
        cluster.Require();
        var cookies = new CookieContainer();
        using var a = TwoNodeCluster.Client(cluster.A.Address, cookies);
        using var b = TwoNodeCluster.Client(cluster.B.Address, cookies);
        using var anonymous = TwoNodeCluster.Client(cluster.B.Address);
        await People.SignInSucceedsAsync(a, cluster.AdminEmail, cluster.AdminPassword);

        var onA = await a.GetStringAsync(new Uri("api/hub/me", UriKind.Relative), TestContext.Current.CancellationToken);
        using var onB = await b.GetAsync(new Uri("api/hub/me", UriKind.Relative), TestContext.Current.CancellationToken);
        using var withoutCookie = await anonymous.GetAsync(new Uri("api/hub/me", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(onA, await onB.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)); // the same person
        Assert.Contains("\"sub\"", onA, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCookie.StatusCode);

        // Through nginx, round robin: the form's token and the session cookie come from one node and go to either.
        var proxyCookies = new CookieContainer();
        using var proxy = TwoNodeCluster.Client(cluster.Proxy.Address, proxyCookies);
        await People.SignInSucceedsAsync(proxy, cluster.AdminEmail, cluster.AdminPassword);
        for (var i = 0; i < 6; i++)
        {
            using var me = await proxy.GetAsync(new Uri("api/hub/me", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }
    }

    [Fact]
    public async Task an_offer_changed_through_node_a_is_found_by_the_search_of_node_b()
    {
        cluster.Require();
        using var admin = await SignedInAsync(cluster.A.Address);
        using var b = TwoNodeCluster.Client(cluster.B.Address);
        var word = "Knotenprobe" + Letters(6);
        var export = JsonNode.Parse(await admin.GetStringAsync(new Uri("api/help/export", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var service = export["services"]!.AsArray().Single(s => (string)s!["id"]! == DebtService)!.DeepClone();
        service["name"] = "Schuldnerberatung " + word;
        Assert.False(await FoundAsync(b, word));

        using var import = await admin.PostAsync(new Uri("api/help/imports", UriKind.Relative),
            new StringContent(new JsonObject { ["services"] = new JsonArray(service) }.ToJsonString(), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var written = Stopwatch.StartNew();
        var summary = JsonNode.Parse(await import.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(1, (int)summary["updated"]!);
        var found = await PollAsync(() => FoundAsync(b, word));
        var delay = written.Elapsed;

        TestContext.Current.TestOutputHelper?.WriteLine($"propagation A → B (help search): {delay.TotalMilliseconds:F0} ms");
        Assert.True(found, $"Node B's search did not find the change of node A within {Propagation.TotalSeconds} s.");
        using var a = TwoNodeCluster.Client(cluster.A.Address);
        var foundOnA = await PollAsync(() => FoundAsync(a, word));
        TestContext.Current.TestOutputHelper?.WriteLine($"the writing node A's own search: {written.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(foundOnA, "Node A's own search did not find its change: " + await SearchAnswerAsync(a, word) + "\n" + string.Join('\n', cluster.Output("A").TakeLast(60)));
        using var proxy = TwoNodeCluster.Client(cluster.Proxy.Address);
        for (var i = 0; i < 4; i++)
        {
            // Whichever node nginx picks.
            Assert.True(await FoundAsync(proxy, word), "Through nginx: " + await SearchAnswerAsync(proxy, word));
        }
    }

    [Fact]
    public async Task a_dataset_published_on_node_a_is_in_the_ckan_search_and_the_catalogue_page_of_node_b()
    {
        cluster.Require();
        using var admin = await SignedInAsync(cluster.A.Address);
        using var b = TwoNodeCluster.Client(cluster.B.Address);
        var word = "Zweiknoten" + Letters(6);
        var title = "Pegelstände " + word;
        Assert.False(await InCkanAsync(b, word));
        using var created = await admin.PostAsJsonAsync(new Uri("api/opendata/datasets", UriKind.Relative), new
        {
            municipalityAgs = Personas.Hoechberg,
            title,
            description = "Die Pegelstände der Gemeinde, täglich gemessen.",
            keywords = new[] { "Wasser" },
            themes = new[] { "ENVI" },
            contactName = "Bauamt",
            contactEmail = "bauamt@beispiel.de",
            licence = "dl-by-de/2.0",
            attributionText = "Markt Höchberg",
            spatial = new[] { Personas.Hoechberg },
            frequency = "DAILY",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        using var link = await admin.PostAsJsonAsync(new Uri($"api/opendata/datasets/{id}/distributions/links", UriKind.Relative),
            new { title = "Pegel (CSV)", url = "https://daten.beispiel.de/pegel.csv", format = "CSV" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);

        using var publish = await admin.PostAsync(new Uri($"api/opendata/datasets/{id}/publish", UriKind.Relative), null, TestContext.Current.CancellationToken);
        var written = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var inCkan = await PollAsync(() => InCkanAsync(b, word));
        var ckanDelay = written.Elapsed;
        var onPage = await PollAsync(async () => (await b.GetStringAsync(new Uri($"daten?q={word}", UriKind.Relative))).Contains(title, StringComparison.Ordinal));

        TestContext.Current.TestOutputHelper?.WriteLine($"propagation A → B (CKAN package_search): {ckanDelay.TotalMilliseconds:F0} ms");
        Assert.True(inCkan, $"Node B's package_search did not list the dataset of node A within {Propagation.TotalSeconds} s.");
        Assert.True(onPage, $"Node B's /daten did not show the dataset of node A within {Propagation.TotalSeconds} s.");
    }

    [Fact]
    public async Task the_daily_round_of_the_help_directory_runs_on_both_nodes_and_mails_the_provider_once()
    {
        cluster.Require();
        // Both nodes start their first round a few seconds after their start, at about the same moment.
        var deadline = Stopwatch.StartNew(); // a bound for a busy machine, not a speed check
        while (deadline.Elapsed < TimeSpan.FromMinutes(2) && (Rounds("A").Count == 0 || Rounds("B").Count == 0))
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var a = Rounds("A");
        var b = Rounds("B");
        var mails = new[] { "A", "B" }.SelectMany(Mails).Where(m => m.Subject?.StartsWith("Bitte Hilfeangebote bestätigen", StringComparison.Ordinal) == true).ToList();
        var reminders = await cluster.Database.ColumnAsync($"""
            SELECT COUNT(*) FROM help_offer_reminders r JOIN help_services s ON s."Id" = r."ServiceId" WHERE s."OrganizationId" = '{TwoNodeCluster.ProviderOrganization}'
            """);

        Assert.NotEmpty(a);
        Assert.NotEmpty(b);
        Assert.Equal(1, a[0] + b[0]); // one node mailed, the other found the offers claimed
        var mail = Assert.Single(mails);
        Assert.Equal(cluster.AdminEmail, mail.To.Mailboxes.Single().Address);
        Assert.Equal(["2"], reminders);
    }

    [Fact]
    public async Task killing_node_a_under_write_load_through_the_proxy_loses_no_acknowledged_write_and_node_b_keeps_serving()
    {
        cluster.Require();
        var acknowledged = new ConcurrentBag<Guid>();
        var afterKill = new ConcurrentBag<Guid>();
        var killed = false;
        using var stop = new CancellationTokenSource();
        // A small, bounded load: four writers, each at most 150 reports.
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            using var client = TwoNodeCluster.Client(cluster.Proxy.Address);
            for (var n = 0; n < 150 && !stop.IsCancellationRequested; n++)
            {
                try
                {
                    using var response = await client.PostAsJsonAsync(new Uri($"api/help/services/{DebtService}/feedback", UriKind.Relative),
                        new { reasons = Array.Empty<string>(), comment = $"Knotentest {w}-{n}" }, stop.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(stop.Token)).GetProperty("id").GetGuid();
                        acknowledged.Add(id);
                        if (Volatile.Read(ref killed))
                        {
                            afterKill.Add(id);
                        }
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    // Lost with the node, or stopped: not acknowledged.
                }
            }
        })).ToList();

        var load = Stopwatch.StartNew(); // bounds for a busy machine, not speed checks
        while (acknowledged.Count < 20 && load.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        cluster.A.KillHard();
        Volatile.Write(ref killed, true);
        while (afterKill.Count < 20 && load.Elapsed < TimeSpan.FromMinutes(2) && writers.Any(w => !w.IsCompleted))
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        await Task.WhenAll(writers);
        var stored = (await cluster.Database.ColumnAsync("""SELECT "Id" FROM help_offer_feedback""")).Select(Guid.Parse).ToHashSet();
        using var proxy = TwoNodeCluster.Client(cluster.Proxy.Address);
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var page = await proxy.GetAsync(new Uri("hilfe?q=schulden", UriKind.Relative), TestContext.Current.CancellationToken);
            pages.Add(page.StatusCode);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"acknowledged writes: {acknowledged.Count}, of them after the kill: {afterKill.Count}");
        Assert.All(acknowledged, id => Assert.Contains(id, stored));
        Assert.NotEmpty(afterKill);
        Assert.All(pages, status => Assert.Equal(HttpStatusCode.OK, status));

        await cluster.RestartAsync("A"); // back for the other tests of the class, whatever their order
    }

    private async Task<HttpClient> SignedInAsync(Uri node)
    {
        var client = TwoNodeCluster.Client(node);
        await People.SignInSucceedsAsync(client, cluster.AdminEmail, cluster.AdminPassword);
        return client;
    }

    private static async Task<bool> FoundAsync(HttpClient client, string word)
    {
        using var response = await client.GetAsync(new Uri($"api/help/search?q={word}", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(DebtService, StringComparison.Ordinal);
    }

    private static async Task<string> SearchAnswerAsync(HttpClient client, string word)
    {
        using var response = await client.GetAsync(new Uri($"api/help/search?q={word}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}";
    }

    private static async Task<bool> InCkanAsync(HttpClient client, string word)
    {
        var answer = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/3/action/package_search?q={word}", UriKind.Relative));
        return answer.GetProperty("result").GetProperty("count").GetInt32() > 0;
    }

    /// <summary>Asks until <paramref name="check"/> holds or <see cref="Propagation"/> has passed.</summary>
    private static async Task<bool> PollAsync(Func<Task<bool>> check)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Propagation)
        {
            if (await check())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return await check();
    }

    /// <summary>How many reminder mails each of the node's daily rounds sent, from its log.</summary>
    private List<int> Rounds(string node) =>
        [.. cluster.Output(node).Where(l => l.Contains("Help daily round: ", StringComparison.Ordinal))
            .Select(l => int.Parse(l[(l.IndexOf("Help daily round: ", StringComparison.Ordinal) + "Help daily round: ".Length)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))];

    private IEnumerable<MimeKit.MimeMessage> Mails(string node)
    {
        var folder = Path.Combine(cluster.DataPath(node), "mail");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).ToList() : [];
    }

    private static string Letters(int count) => string.Concat(Guid.NewGuid().ToByteArray().Take(count).Select(b => (char)('a' + (b % 26))));
}
