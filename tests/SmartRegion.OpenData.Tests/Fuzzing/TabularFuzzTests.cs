using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using SmartRegion.OpenData.Tests.Tabular;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Fuzzing;

/// <summary>
/// The datastore's CSV and XLSX loader and its query API under hostile input, through HTTP: a file either loads or is
/// refused with CKAN's validation error, and any <c>datastore_search</c> query gets records or a validation error —
/// never a server error.
/// </summary>
public sealed class TabularFuzzTests(TabularHost host) : IntegrationTest<TabularHost>(host), IClassFixture<TabularHost>
{
    private static readonly string[] Cells =
    [
        "", " ", "Würzburg", "\"", "\"\"", "\"a;b\"", "\"a\nb\"", "1", "-1", "1.000", "1.000,5", "1,5", "1e5", "1e400", "NaN", "0x1F",
        "99999999999999999999999", "31.12.2023", "2023-12-31", "2023-02-30", "31.12.99999", "24:61", "ja", "nein", "true", "null",
        "=1+1", "'; DROP TABLE x; --", "\0", "\ud800", "\ufeff", "€", new string('x', 2000),
    ];

    private static readonly Gen<string> Cell = Gen.Frequency((4, Gen.OneOf(Cells)), (1, Hostile.Text));

    private static readonly Gen<byte[]> Csv = Gen.Select(Gen.OneOf(";", ",", "\t", "|", ""), Gen.OneOf("\r\n", "\n", "\r"),
            Cell.Array[0, 6].Array[0, 12], Gen.Int[0, 3])
        .Select((delimiter, newline, rows, encoding) =>
        {
            var text = string.Join(newline, rows.Select(r => string.Join(delimiter, r)));
            return encoding switch
            {
                0 => new UTF8Encoding(false).GetBytes(text),
                1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
                2 => Encoding.Unicode.GetBytes(text),
                _ => Encoding.Latin1.GetBytes(text),
            };
        });

    /// <summary>Workbooks with hostile cells, and valid workbooks with bytes flipped or cut short.</summary>
    private static readonly Gen<byte[]> Workbook = Gen.Frequency(
        (2, Cell.Array[0, 5].Array[0, 8].Select(rows => Xlsx.Build(rows.Select(r => r.Cast<object?>().ToArray())))),
        (2, Gen.Select(Gen.Int[0, 100_000], Gen.Byte, Gen.Bool).Select((at, value, cut) =>
        {
            var bytes = Xlsx.Build([["Gemeinde", "Einwohner"], ["Höchberg", 9612]]);
            var i = at % bytes.Length;
            if (cut)
            {
                return bytes[..i];
            }

            bytes[i] = value;
            return bytes;
        })));

    [Fact]
    public async Task hostile_csv_and_xlsx_files_load_or_are_refused_never_a_server_error()
    {
        var files = Gen.Frequency((3, Csv.Select(b => (Bytes: b, Format: "CSV"))), (2, Workbook.Select(b => (Bytes: b, Format: "XLSX"))));
        await Check.SampleAsync(files, async file =>
        {
            var resource = Host.Resources.Add(file.Bytes, file.Format);
            foreach (var action in new[] { "datastore_info", "datastore_search" })
            {
                using var response = await Client.GetAsync(new Uri($"/api/3/action/{action}?resource_id={resource.ResourceId}", UriKind.Relative), TestContext.Current.CancellationToken);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.True((int)response.StatusCode < 500, $"{action}: {(int)response.StatusCode} {body}");
            }
        }, seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(40), time: FuzzBudget.Seconds, threads: 1,
            print: f => f.Format + " " + Convert.ToBase64String(f.Bytes));
    }

    private static readonly Gen<JsonNode?> Value = Gen.Frequency(
        (4, Hostile.Text.Select(t => (JsonNode?)JsonValue.Create(t))),
        (2, Gen.OneOf(Cells).Select(t => (JsonNode?)JsonValue.Create(t))),
        (2, Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const((JsonNode?)null)),
        (1, Gen.OneOf("Gemeinde", "Einwohner", "_id", "Stichtag").Array[0, 3].Select(a => (JsonNode?)new JsonArray([.. a.Select(s => (JsonNode?)JsonValue.Create(s))]))),
        (1, Gen.Select(Gen.OneOf(Gen.OneOf("Gemeinde", "Einwohner", "_id", "x\"y", ""), Hostile.Text), Hostile.Text)
            .Select((k, v) => (JsonNode?)new JsonObject { [k] = v })));

    [Fact]
    public async Task hostile_datastore_search_queries_get_records_or_a_validation_error_never_a_server_error()
    {
        var resource = Host.Resources.Add(new UTF8Encoding(false).GetBytes(
            "Gemeinde;Einwohner;Stichtag\r\nWürzburg;127.934;31.12.2023\r\nHöchberg;9.612;31.12.2023\r\n"));
        var keys = Gen.OneOf("filters", "q", "fields", "sort", "limit", "offset", "include_total", "records_format", "distinct", "plain", "language");
        var bodies = Gen.Select(keys, Value).List[0, 5].Select(pairs =>
        {
            var body = new JsonObject { ["resource_id"] = resource.ResourceId };
            foreach (var (key, value) in pairs)
            {
                body[key] = value?.DeepClone();
            }

            return body;
        });
        await Check.SampleAsync(bodies, async body =>
        {
            using var response = await Client.PostAsJsonAsync(new Uri("/api/3/action/datastore_search", UriKind.Relative), body, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body.ToJsonString()}: {text}");
        }, seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(150), time: FuzzBudget.Seconds, threads: 1, print: b => b.ToJsonString());
    }
}
