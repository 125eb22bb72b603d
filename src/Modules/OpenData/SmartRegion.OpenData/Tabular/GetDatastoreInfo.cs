using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.OpenData.Tabular;

/// <summary><c>datastore_info</c>: a tabular resource's row count and columns with their types.</summary>
internal static class GetDatastoreInfo
{
    public const string Action = "datastore_info";
    public const string Path = "/api/3/action/" + Action;

    internal sealed record Response(string ResourceId, long Count, IReadOnlyList<TabularField> Fields, IReadOnlyDictionary<string, string> Meta);

    public static async Task<Outcome<Response>> ExecuteAsync(string resourceId, ITabularResources resources, TabularStore store, IStringLocalizer<TabularText> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(text);
        var file = await resources.FindAsync(resourceId, ct);
        if (file is null)
        {
            return Outcome<Response>.NotFound(text["Resource.NotFound", resourceId]);
        }

        try
        {
            using var table = await store.OpenAsync(file, ct);
            return Outcome<Response>.Ok(new Response(resourceId, table.Count, table.Fields, table.Meta));
        }
        catch (TabularLoadException e)
        {
            return Outcome<Response>.Conflict(TabularMessages.Load(e, text));
        }
    }

    public static Dictionary<string, object?> ToCkan(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var meta = new Dictionary<string, object?>
        {
            ["id"] = response.ResourceId,
            ["count"] = response.Count,
            ["table_type"] = "BASE TABLE",
        };
        foreach (var key in new[] { "format", "encoding", "delimiter", "sha256" })
        {
            meta[key] = response.Meta.GetValueOrDefault(key);
        }

        meta["header_row"] = response.Meta.GetValueOrDefault("header") == "true";
        return new Dictionary<string, object?>
        {
            ["meta"] = meta,
            ["fields"] = response.Fields.Select(f => new Dictionary<string, object?>
            {
                ["id"] = f.Id,
                ["type"] = f.TypeName,
                ["info"] = new Dictionary<string, string> { ["label"] = f.Id, ["notes"] = "", ["type_override"] = "" },
            }).ToList(),
        };
    }

    public static void MapEndpoint(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpRequest request, ITabularResources resources, TabularStore store, IStringLocalizer<TabularText> text, CancellationToken ct) =>
                HandleAsync(request, DatastoreQuery.FromQueryString(request.Query), resources, store, text, ct))
            .WithName("DatastoreInfo")
            .WithTags("OpenData")
            .WithSummary("CKAN datastore_info: row count and typed columns of a CSV or XLSX resource.")
            .AllowAnonymous();
        endpoints.MapPost(Path, async (HttpRequest request, ITabularResources resources, TabularStore store, IStringLocalizer<TabularText> text, CancellationToken ct) =>
                await TabularMessages.ReadBodyAsync(request, text, ct) is { } body
                    ? await HandleAsync(request, body, resources, store, text, ct)
                    : CkanEnvelope.Bad(request, Action, text["Query.Json"]))
            .WithName("DatastoreInfoPost")
            .AsReadApi()
            .WithTags("OpenData")
            .WithSummary("CKAN datastore_info with the parameters as a JSON body.")
            .AllowAnonymous()
            .DisableAntiforgery();
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, JsonElement body, ITabularResources resources, TabularStore store, IStringLocalizer<TabularText> text, CancellationToken ct)
    {
        var id = body.ValueKind == JsonValueKind.Object && (body.TryGetProperty("id", out var e) || body.TryGetProperty("resource_id", out e)) && e.ValueKind == JsonValueKind.String
            ? e.GetString()
            : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return CkanEnvelope.Invalid(request, Action, new Dictionary<string, string[]> { ["id"] = [text["Query.ResourceId"]] });
        }

        var outcome = await ExecuteAsync(id.Trim(), resources, store, text, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => CkanEnvelope.Success(request, Action, ToCkan(outcome.Value!)),
            OutcomeKind.NotFound => CkanEnvelope.NotFound(request, Action, outcome.Message!),
            _ => CkanEnvelope.Invalid(request, Action, new Dictionary<string, string[]> { ["id"] = [outcome.Message!] }),
        };
    }
}
