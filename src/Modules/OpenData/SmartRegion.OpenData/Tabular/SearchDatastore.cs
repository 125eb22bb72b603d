using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Csv;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// <c>datastore_search</c> as CKAN defines it: rows of a tabular resource, filtered (<c>filters</c>, <c>q</c>), chosen
/// (<c>fields</c>), sorted, paged, as objects, lists or CSV. There is no SQL endpoint: only this fixed query shape.
/// </summary>
internal static class SearchDatastore
{
    public const string Action = "datastore_search";
    public const string Path = "/api/3/action/" + Action;

    internal sealed record Response(
        string ResourceId,
        IReadOnlyList<TabularField> Fields,
        bool SelectsId,
        IReadOnlyList<object?[]> Rows,
        long? Total,
        DatastoreQuery Query);

    public static async Task<Outcome<Response>> ExecuteAsync(
        DatastoreQuery query, ITabularResources resources, TabularStore store, IStringLocalizer<TabularText> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(text);
        var file = await resources.FindAsync(query.ResourceId, ct);
        if (file is null)
        {
            return Outcome<Response>.NotFound(text["Resource.NotFound", query.ResourceId]);
        }

        TabularTable table;
        try
        {
            table = await store.OpenAsync(file, ct);
        }
        catch (TabularLoadException e)
        {
            return Outcome<Response>.Conflict(TabularMessages.Load(e, text));
        }

        using (table)
        {
            var errors = new ValidationErrors();
            var sql = DatastoreSql.Build(query, table, errors, text);
            if (sql is null)
            {
                return Outcome<Response>.Invalid(errors);
            }

            var rows = new List<object?[]>();
            using (var command = table.Connection.CreateCommand())
            {
                command.CommandText = sql.Select(query.Limit, query.Offset);
                sql.Bind(command);
                using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var row = new object?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    }

                    rows.Add(row);
                }
            }

            long? total = null;
            if (query.IncludeTotal)
            {
                using var command = table.Connection.CreateCommand();
                command.CommandText = sql.Count();
                sql.Bind(command);
                total = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            }

            var selectsId = sql.SelectsId || sql.Selected.Count == 0;
            return Outcome<Response>.Ok(new Response(query.ResourceId, sql.Selected, selectsId, rows, total, query));
        }
    }

    /// <summary>The CKAN result object.</summary>
    public static Dictionary<string, object?> ToCkan(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var query = response.Query;
        var fields = new List<Dictionary<string, string>>();
        if (response.SelectsId)
        {
            fields.Add(new() { ["id"] = "_id", ["type"] = "int" });
        }

        fields.AddRange(response.Fields.Select(f => new Dictionary<string, string> { ["id"] = f.Id, ["type"] = f.TypeName }));
        var ids = fields.Select(f => f["id"]).ToArray();
        object records = query.RecordsFormat switch
        {
            "lists" => response.Rows.Select(r => r.Select(Json).ToArray()).ToList(),
            "csv" => Csv(response.Rows),
            _ => response.Rows.Select(r => ids.Select((id, i) => new KeyValuePair<string, object?>(id, Json(r[i]))).ToDictionary()).ToList(),
        };
        var result = new Dictionary<string, object?>
        {
            ["include_total"] = query.IncludeTotal,
            ["resource_id"] = response.ResourceId,
            ["fields"] = fields,
            ["records_format"] = query.RecordsFormat,
            ["records"] = records,
            ["limit"] = query.Limit,
            ["_links"] = new Dictionary<string, string>
            {
                ["start"] = query.Link(Path, null),
                ["next"] = query.Link(Path, query.Offset + query.Limit),
            },
        };
        if (query.Offset > 0)
        {
            result["offset"] = query.Offset;
        }

        if (response.Total is { } total)
        {
            result["total"] = total;
            result["total_was_estimated"] = false;
        }

        return result;
    }

    private static object? Json(object? value) => value is DateTime t ? CellParser.Iso(t) : value;

    private static string Csv(IReadOnlyList<object?[]> rows)
    {
        var csv = new SafeCsv();
        foreach (var row in rows)
        {
            csv.Row(row);
        }

        return csv.ToString();
    }

    public static void MapEndpoint(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpRequest request, ITabularResources resources, TabularStore store, IOptions<TabularOptions> options, IStringLocalizer<TabularText> text, CancellationToken ct) =>
                HandleAsync(request, DatastoreQuery.FromQueryString(request.Query), resources, store, options.Value, text, ct))
            .WithName("DatastoreSearch")
            .WithTags("OpenData")
            .WithSummary("CKAN datastore_search: rows of a CSV or XLSX resource, filtered, sorted and paged.")
            .AllowAnonymous();
        endpoints.MapPost(Path, async (HttpRequest request, ITabularResources resources, TabularStore store, IOptions<TabularOptions> options, IStringLocalizer<TabularText> text, CancellationToken ct) =>
                await TabularMessages.ReadBodyAsync(request, text, ct) is { } body
                    ? await HandleAsync(request, body, resources, store, options.Value, text, ct)
                    : CkanEnvelope.Bad(request, Action, text["Query.Json"]))
            .WithName("DatastoreSearchPost")
            .AsReadApi()
            .WithTags("OpenData")
            .WithSummary("CKAN datastore_search with the parameters as a JSON body.")
            .AllowAnonymous()
            .DisableAntiforgery();
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, JsonElement body, ITabularResources resources, TabularStore store, TabularOptions options, IStringLocalizer<TabularText> text, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var query = DatastoreQuery.Parse(body, options.MaxLimit, errors, text);
        if (query is null)
        {
            return CkanEnvelope.Invalid(request, Action, errors.ToDictionary());
        }

        var outcome = await ExecuteAsync(query, resources, store, text, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => CkanEnvelope.Success(request, Action, ToCkan(outcome.Value!)),
            OutcomeKind.NotFound => CkanEnvelope.NotFound(request, Action, outcome.Message!),
            OutcomeKind.Conflict => CkanEnvelope.Invalid(request, Action, new Dictionary<string, string[]> { ["resource_id"] = [outcome.Message!] }),
            _ => CkanEnvelope.Invalid(request, Action, outcome.Errors),
        };
    }
}
