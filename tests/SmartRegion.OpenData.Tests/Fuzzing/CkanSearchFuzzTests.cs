using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CsCheck;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Fuzzing;

/// <summary>
/// The query grammar of <c>package_search</c> (<c>q</c>, <c>fq</c>, <c>sort</c>, paging and facets) under hostile input,
/// through HTTP: whatever arrives, the answer is the result or CKAN's validation error, never a server error.
/// </summary>
public sealed class CkanSearchFuzzTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    private static readonly string[] Keys = ["q", "fq", "sort", "rows", "start", "facet.field", "facet.limit", "facet.mincount", "include_private"];

    private static readonly Gen<List<(string Key, string Value)>> Parameters =
        Gen.Select(Gen.OneOf(Keys), Hostile.Text).List[0, 6];

    /// <summary>JSON values of every kind for the POST form of the same action.</summary>
    private static readonly Gen<JsonNode?> Value = Gen.Frequency(
        (4, Hostile.Text.Select(t => (JsonNode?)JsonValue.Create(t))),
        (2, Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : null)),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Hostile.Text.Array[0, 3].Select(a => (JsonNode?)new JsonArray([.. a.Select(s => (JsonNode?)JsonValue.Create(s))]))),
        (1, Gen.Const((JsonNode?)null)),
        (1, Hostile.Text.Select(t => (JsonNode?)new JsonObject { [t] = t })));

    [Fact]
    public async Task hostile_query_strings_get_a_result_or_a_validation_error_never_a_server_error()
    {
        await Check.SampleAsync(Parameters, async parameters =>
        {
            var query = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
            using var response = await Client.GetAsync(new Uri("/api/3/action/package_search?" + query, UriKind.Relative), TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for ?{query}: {body}");
            Assert.Contains("\"success\"", body, StringComparison.Ordinal);
        }, seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(150), time: FuzzBudget.Seconds, threads: 1,
            print: p => string.Join("&", p.Select(x => x.Key + "=" + x.Value)));
    }

    [Fact]
    public async Task hostile_json_bodies_get_a_result_or_a_validation_error_never_a_server_error()
    {
        var bodies = Gen.Select(Gen.OneOf(Keys), Value).List[0, 6].Select(pairs =>
        {
            var body = new JsonObject();
            foreach (var (key, value) in pairs)
            {
                body[key] = value?.DeepClone();
            }

            return body;
        });
        await Check.SampleAsync(bodies, async body =>
        {
            using var response = await Client.PostAsJsonAsync(new Uri("/api/3/action/package_search", UriKind.Relative), body, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body.ToJsonString()}: {text}");
        }, seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(100), time: FuzzBudget.Seconds, threads: 1, print: b => b.ToJsonString());
    }
}
