using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace SmartRegion.Portal.ApiDocs;

/// <summary>The platform's JSON endpoints as people read them: grouped by module, from the same metadata as the OpenAPI document.</summary>
internal static class ListApiEndpoints
{
    internal sealed record Endpoint(string Method, string Path, string? Summary, bool IsPublic);

    internal sealed record Group(string Name, IReadOnlyList<Endpoint> Endpoints);

    public static IReadOnlyList<Group> Execute(IApiDescriptionGroupCollectionProvider provider) =>
        [.. provider.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            .Select(d => new
            {
                Tag = d.ActionDescriptor.EndpointMetadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).FirstOrDefault() ?? "",
                Endpoint = new Endpoint(
                    d.HttpMethod ?? "GET",
                    "/" + d.RelativePath,
                    d.ActionDescriptor.EndpointMetadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary,
                    d.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()),
            })
            .GroupBy(x => x.Tag)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Group(g.Key, [.. g.Select(x => x.Endpoint).OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)]))];
}
