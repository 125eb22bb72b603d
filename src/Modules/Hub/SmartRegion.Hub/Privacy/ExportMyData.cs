using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;

namespace SmartRegion.Hub.Privacy;

/// <summary>"Meine Daten": one JSON file with everything every module holds about the signed-in person.</summary>
internal static class ExportMyData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<byte[]> ExecuteAsync(PersonId person, IEnumerable<IPersonalDataContributor> contributors, TimeProvider time, CancellationToken cancellationToken)
    {
        var sections = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var contributor in contributors)
        {
            sections[contributor.Section] = await contributor.CollectAsync(person, cancellationToken);
        }

        var export = new { exportedAt = time.GetUtcNow(), person = person.Value, sections };
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/me/data", async Task<Results<FileContentHttpResult, UnauthorizedHttpResult>> (
                ICurrentPerson current, IEnumerable<IPersonalDataContributor> contributors, TimeProvider time, CancellationToken ct) =>
            {
                if (current.Id is not { } person)
                {
                    return TypedResults.Unauthorized();
                }

                var file = await ExecuteAsync(person, contributors, time, ct);
                var name = $"meine-daten-{time.GetUtcNow():yyyy-MM-dd}.json";
                return TypedResults.File(file, "application/json", name);
            })
            .WithName("ExportMyData")
            .WithSummary("Downloads everything the platform holds about the signed-in person as one JSON file.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
