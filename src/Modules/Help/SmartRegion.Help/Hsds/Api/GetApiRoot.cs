using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>
/// HSDS <c>GET /</c> (the API root, <c>/api/help/</c>): the HSDS version, where the German profile this API follows is
/// described (<c>/api/help/profile</c>, served from the platform itself) and where its OpenAPI document is.
/// </summary>
internal static class GetApiRoot
{
    public const string HsdsVersion = "3.0";

    internal sealed record ApiInformation(
        [property: JsonPropertyName("version")] string Version,
        [property: JsonPropertyName("profile")] string Profile,
        [property: JsonPropertyName("openapi_url")] string OpenApiUrl);

    public static ApiInformation Execute(IPublicOrigin origin) =>
        new(HsdsVersion, origin.Link("/api/help/profile"), origin.Link("/openapi/v1.json"));

    /// <summary>The profile's description (Markdown), embedded from <c>docs/help-hsds-profile.md</c>.</summary>
    private static readonly Lazy<byte[]> Profile = new(() =>
    {
        using var stream = typeof(GetApiRoot).Assembly.GetManifestResourceStream("SmartRegion.Help.help-hsds-profile.md")
            ?? throw new InvalidOperationException("The HSDS profile description is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapGet("/", Ok<ApiInformation> (IPublicOrigin origin) => TypedResults.Ok(Execute(origin)))
            .AllowAnonymous()
            .WithName("GetHsdsApiInformation")
            .WithSummary("HSDS 3.0 API root: the HSDS version, the profile and the OpenAPI document of this API.");
        group.MapGet("/profile", FileContentHttpResult () => TypedResults.File(Profile.Value, "text/markdown; charset=utf-8"))
            .AllowAnonymous()
            .WithName("GetHsdsProfile")
            .WithSummary("The German HSDS profile this API follows (Markdown).");
    }
}
