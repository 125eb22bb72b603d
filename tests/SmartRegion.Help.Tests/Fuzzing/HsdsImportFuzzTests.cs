using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Tests.Features;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Fuzzing;

/// <summary>
/// The HSDS import under hostile files, through HTTP as a region admin: demo records with one value replaced by a
/// value of another kind, a key dropped or a record duplicated; broken JSON; random bytes. The import either takes
/// the good records and reports the bad ones, or refuses with problem details — never a server error.
/// </summary>
public sealed class HsdsImportFuzzTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    private static readonly JsonObject Base = Small();

    /// <summary>Two services of the demo file with their organizations, locations and links: small enough to import often.</summary>
    private static JsonObject Small()
    {
        var seed = JsonNode.Parse(DemoOffersSeeder.ReadEmbedded())!.AsObject();
        var services = seed["services"]!.AsArray().Take(2).Select(s => s!.DeepClone()).ToList();
        var serviceIds = services.Select(s => (string)s!["id"]!).ToHashSet();
        var organizationIds = services.Select(s => (string?)s!["organization_id"]).ToHashSet();
        var links = seed["service_at_locations"]?.AsArray().Where(l => serviceIds.Contains((string)l!["service_id"]!)).Select(l => l!.DeepClone()).ToList() ?? [];
        var locationIds = links.Select(l => (string?)l!["location_id"]).ToHashSet();
        return new JsonObject
        {
            ["organizations"] = new JsonArray([.. seed["organizations"]!.AsArray().Where(o => organizationIds.Contains((string)o!["id"]!)).Select(o => o!.DeepClone())]),
            ["locations"] = new JsonArray([.. seed["locations"]?.AsArray().Where(l => locationIds.Contains((string)l!["id"]!)).Select(l => l!.DeepClone()) ?? []]),
            ["services"] = new JsonArray([.. services]),
            ["service_at_locations"] = new JsonArray([.. links]),
        };
    }

    private static readonly string[] Texts =
    [
        "", " ", "\0", "\ud800", "<script>alert(1)</script>", "' OR '1'='1", "../../etc/passwd", "00000000-0000-0000-0000-000000000000",
        "not-a-uuid", "2026-02-30", "9999-12-31T23:59:59Z", "25:00", "https://", "javascript:alert(1)", "mailto:", "+49 (0) 931 ☎",
        "09679147", "99999999", new string('x', 70_000), "Würzburg", "DE", "de", "zz-ZZ",
    ];

    private static readonly Gen<JsonNode?> Replacement = Gen.Frequency(
        (4, Gen.OneOf(Texts).Select(t => (JsonNode?)JsonValue.Create(t))),
        (2, Gen.String[Gen.Char, 0, 30].Select(t => (JsonNode?)JsonValue.Create(t))),
        (2, Gen.OneOf(0L, -1L, long.MaxValue, long.MinValue, 1L << 53).Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.OneOf(1e308, -0.0, 0.5).Select(d => (JsonNode?)JsonValue.Create(d))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (2, Gen.Const((JsonNode?)null)),
        (1, Gen.Const<JsonNode?>(new JsonArray())),
        (1, Gen.Const<JsonNode?>(new JsonObject())),
        (1, Gen.Int[1, 60].Select(n => JsonNode.Parse(new string('[', n) + new string(']', n)))));

    /// <summary>Every node of the tree with the way to reach it: (parent, key or index).</summary>
    private static List<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        var slots = new List<(JsonNode, object)>();
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o.ToList())
            {
                slots.Add((o, key));
                if (child is not null)
                {
                    slots.AddRange(Slots(child));
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                slots.Add((a, i));
                if (a[i] is { } child)
                {
                    slots.AddRange(Slots(child));
                }
            }
        }

        return slots;
    }

    private static readonly Gen<string> Mutated = Gen.Select(Gen.Int[0, int.MaxValue].Array[1, 4], Replacement.Array[4], Gen.Int[0, 2].Array[4]).Select((picks, values, kinds) =>
    {
        var document = Base.DeepClone();
        for (var m = 0; m < picks.Length; m++)
        {
            var slots = Slots(document);
            var (parent, key) = slots[picks[m] % slots.Count];
            switch (kinds[m], parent, key)
            {
                case (0, JsonObject o, string k):
                    o.Remove(k);
                    break;
                case (1, JsonArray a, int i):
                    a.Add(a[i]?.DeepClone());
                    break;
                case (_, JsonObject o, string k):
                    o[k] = values[m]?.DeepClone();
                    break;
                case (_, JsonArray a, int i):
                    a[i] = values[m]?.DeepClone();
                    break;
            }
        }

        return document.ToJsonString();
    });

    private static readonly Gen<(byte[] Body, bool Multipart)> Files = Gen.Select(Gen.Frequency(
        (6, Mutated.Select(Encoding.UTF8.GetBytes)),
        (2, Gen.Select(Mutated, Gen.Int[0, int.MaxValue]).Select((json, cut) => Encoding.UTF8.GetBytes(json[..(cut % (json.Length + 1))]))),
        (1, Gen.Byte.Array[0, 200])), Gen.Int[0, 4]).Select((body, how) => (body, how == 0));

    [Fact]
    public async Task hostile_hsds_files_are_imported_in_part_or_refused_never_a_server_error()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        await Check.SampleAsync(Files, async file =>
        {
            using HttpContent content = file.Multipart
                ? new MultipartFormDataContent { { new ByteArrayContent(file.Body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, "file", "angebote.json" } }
                : new ByteArrayContent(file.Body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            using var response = await Client.PostAsync(new Uri("/api/help/imports", UriKind.Relative), content, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {text}");
        }, seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(80), time: FuzzBudget.Seconds, threads: 1,
            print: f => (f.Multipart ? "multipart " : "") + Encoding.UTF8.GetString(f.Body));
    }
}
