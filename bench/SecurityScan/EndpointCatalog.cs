using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Bench.SecurityScan;

/// <summary>One route of the host: a page or an API operation, with what the API explorer knows about its inputs.</summary>
internal sealed record Route(
    string Method,
    string Pattern,
    bool IsPage,
    bool Anonymous,
    IReadOnlyList<string> Policies,
    IReadOnlyList<ApiParameterDescription> Parameters)
{
    public RoutePattern Parsed { get; } = RoutePatternFactory.Parse(Pattern);

    public bool HasRouteParameters => Parsed.Parameters.Count > 0;

    public bool IsWrite => Method is not ("GET" or "HEAD");

    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>
/// The complete list of routes, read from the same <see cref="EndpointDataSource"/> the authorization test walks, so
/// a new page or API is scanned without anyone adding it here. Static files are left out; they take no input.
/// </summary>
internal static class EndpointCatalog
{
    public static List<Route> Read(IServiceProvider services)
    {
        var described = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .GroupBy(d => (Method: d.HttpMethod ?? "GET", Path: "/" + (d.RelativePath ?? "").TrimStart('/')))
            .ToDictionary(g => g.Key, g => g.First());
        var routes = new List<Route>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (IsStaticFile(endpoint) || endpoint.RoutePattern.RawText is null)
            {
                continue;
            }

            var pattern = "/" + endpoint.RoutePattern.RawText.TrimStart('/');
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? a.Roles ?? "signed-in").Distinct().ToList();
            foreach (var method in methods)
            {
                // A page's POST is its forms; they are found on the rendered page, with their real fields.
                if (isPage && method == "POST")
                {
                    continue;
                }

                var parameters = described.TryGetValue((method, DescribedPath(pattern)), out var description)
                    ? description.ParameterDescriptions.ToList()
                    : [];
                routes.Add(new Route(method, pattern, isPage, anonymous, policies, parameters));
            }
        }

        return [.. routes.DistinctBy(r => r.ToString()).OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }

    /// <summary>The API explorer writes routes without constraints (<c>{id}</c> for <c>{id:guid}</c>).</summary>
    private static string DescribedPath(string pattern)
    {
        var parsed = RoutePatternFactory.Parse(pattern);
        return "/" + string.Join("/", parsed.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
    }

    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName?.Contains("StaticAsset", StringComparison.Ordinal) == true)
        || endpoint.RoutePattern.RawText == "{**path:file}";

    /// <summary>The form and query fields the API explorer reports, with where each comes from.</summary>
    public static IEnumerable<ApiParameterDescription> From(this Route route, BindingSource source) =>
        route.Parameters.Where(p => p.Source == source);

    public static Type? BodyType(this Route route) =>
        route.Parameters.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;

    public static bool TakesFile(this Route route) =>
        route.Parameters.Any(p => p.Source == BindingSource.FormFile || p.Type == typeof(IFormFile) || p.Type == typeof(IFormFileCollection));

    internal static readonly BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
}
