using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace SmartRegion.Bench.SecurityScan;

/// <summary>A form as a persona saw it on a page: where it posts, how, and the fields a browser would send.</summary>
internal sealed record FoundForm(string Persona, string PageUrl, string Method, string Action, bool Multipart,
    IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlyList<string> FileFields)
{
    public string Key => $"{Method} {Action.Split('?')[0]} {string.Join(",", Fields.Select(f => f.Key == "_handler" ? f.Key + "=" + f.Value : f.Key).Order(StringComparer.Ordinal))}";
}

/// <summary>
/// Visits every GET route as every persona: first the routes without parameters, then the routes with parameters,
/// filled from links the pages themselves rendered (a real offer, a real dataset). Collects links, forms and statuses.
/// </summary>
internal sealed class Crawl(IReadOnlyList<Route> routes, IReadOnlyDictionary<string, Session> sessions)
{
    private readonly HashSet<string> _links = new(StringComparer.Ordinal);

    public List<FoundForm> Forms { get; } = [];

    /// <summary>Per persona, the GET URLs it was allowed to see (2xx), in visiting order.</summary>
    public Dictionary<string, List<string>> Seen { get; } = [];

    /// <summary>Per route, the concrete URL the tools get (route values filled in).</summary>
    public Dictionary<Route, string> Concrete { get; } = [];

    public async Task RunAsync()
    {
        foreach (var route in routes.Where(r => !r.HasRouteParameters))
        {
            Concrete[route] = route.Pattern;
        }

        await VisitAsync(routes.Where(r => r.Method == "GET" && !r.HasRouteParameters));
        foreach (var route in routes.Where(r => r.HasRouteParameters))
        {
            Concrete[route] = LinkedUrl(route) ?? Fill(route);
        }

        await VisitAsync(routes.Where(r => r.Method == "GET" && r.HasRouteParameters));
        // Linked pages with a query (facets, paging, a search) give the tools query parameters to work on.
        var withQuery = _links.Where(l => l.Contains('?', StringComparison.Ordinal)).GroupBy(l => l.Split('?')[0]).Select(g => g.First()).ToList();
        await VisitUrlsAsync(withQuery);
    }

    private async Task VisitAsync(IEnumerable<Route> batch) => await VisitUrlsAsync([.. batch.Select(r => Concrete[r])]);

    private async Task VisitUrlsAsync(IReadOnlyList<string> urls)
    {
        foreach (var (name, session) in sessions)
        {
            using var client = session.FixedClient();
            var seen = Seen.TryGetValue(name, out var list) ? list : Seen[name] = [];
            foreach (var url in urls)
            {
                using var response = await client.GetAsync(url);
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }

                seen.Add(url);
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var html = await response.Content.ReadAsStringAsync();
                var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(client.BaseAddress + url.TrimStart('/')));
                foreach (var anchor in document.QuerySelectorAll("a[href]"))
                {
                    var href = anchor.GetAttribute("href")!;
                    if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                    {
                        _links.Add(href.Split('#')[0]);
                    }
                }

                foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
                {
                    var action = form.GetAttribute("action") is { Length: > 0 } a && a.StartsWith('/') ? a : url;
                    var fileFields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "file" && !string.IsNullOrEmpty(i.Name)).Select(i => i.Name!).ToList();
                    Forms.Add(new FoundForm(name, url, (form.GetAttribute("method") ?? "get").ToUpperInvariant(), action,
                        form.GetAttribute("enctype") == "multipart/form-data", Session.FormFields(form), fileFields));
                }
            }
        }
    }

    private string? LinkedUrl(Route route)
    {
        var matcher = new TemplateMatcher(TemplateParser.Parse(route.Pattern.TrimStart('/')), []);
        return _links.Select(l => l.Split('?')[0]).Distinct().FirstOrDefault(l => matcher.TryMatch(l, [])
            && route.Parsed.Parameters.All(p => Fits(p, l)));
    }

    /// <summary>The template matcher ignores constraints; a <c>{id:guid}</c> must not take the word „neu“.</summary>
    private static bool Fits(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter, string url) =>
        !parameter.ParameterPolicies.Any(p => p.Content == "guid")
        || url.Split('/').Any(s => Guid.TryParse(s.Split('.')[0], out _));

    private static string Fill(Route route)
    {
        var values = new RouteValueDictionary();
        foreach (var parameter in route.Parsed.Parameters)
        {
            values[parameter.Name] = SampleValues.RouteValue(parameter);
        }

        var binder = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(route.Pattern);
        return "/" + string.Join("/", binder.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => Uri.EscapeDataString(values[parameter.Name]!.ToString()!),
            _ => "",
        }))));
    }
}
