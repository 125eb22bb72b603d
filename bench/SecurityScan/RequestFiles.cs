using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace SmartRegion.Bench.SecurityScan;

/// <summary>One request for sqlmap: who sends it, and for a form the page whose fresh antiforgery token it needs.</summary>
internal sealed record ScanRequest(string Persona, string Kind, string Method, string Url, string? ContentType, string? Body, string? TokenPage);

/// <summary>
/// Turns routes and forms into the requests sqlmap attacks: every form once (as the least privileged persona that
/// saw it), every API operation with its query, body and route values (route values marked with <c>*</c>, sqlmap's
/// custom injection point). Requests that change the session's own account come last.
/// </summary>
internal static class RequestFiles
{
    public const string Boundary = "----SmartRegionScan7MA4YWxkTrZu0gW";

    public static List<ScanRequest> Build(IReadOnlyList<Route> routes, Crawl crawl)
    {
        var requests = new List<ScanRequest>();
        foreach (var form in crawl.Forms.DistinctBy(f => f.Key))
        {
            if (form.Method == "GET")
            {
                if (form.Fields.Count > 0)
                {
                    requests.Add(new(form.Persona, "page-search", "GET", form.Action.Split('?')[0] + "?" + Query(form.Fields), null, null, null));
                }

                continue;
            }

            var (type, body) = form.Multipart ? Multipart(form.Fields, form.FileFields) : ("application/x-www-form-urlencoded", Query(form.Fields));
            requests.Add(new(form.Persona, "form", "POST", form.Action, type, body, form.PageUrl));
        }

        foreach (var route in routes.Where(r => !r.IsPage || r.HasRouteParameters))
        {
            var url = crawl.Concrete[route];
            var persona = route.IsWrite
                ? (route.Anonymous ? "anonymous" : "region-admin")
                : Persona.All.Select(p => p.Name).FirstOrDefault(p => crawl.Seen[p].Contains(url)) ?? (route.Anonymous ? "anonymous" : "region-admin");
            var target = Mark(route, url);
            var query = route.From(BindingSource.Query).Select(p => new KeyValuePair<string, string>(p.Name, SampleValues.Scalar(p.Type ?? typeof(string)))).ToList();
            var ckan = CkanParameters(route.Pattern);
            if (!route.IsWrite)
            {
                query.AddRange(ckan);
            }
            if (query.Count > 0)
            {
                target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Query(query);
            }

            if (!route.IsWrite)
            {
                if (target != url || query.Count > 0)
                {
                    requests.Add(new(persona, route.IsPage ? "page" : "api", route.Method, target, null, null, null));
                }

                continue;
            }

            var form = route.From(BindingSource.Form).Select(p => new KeyValuePair<string, string>(p.Name, SampleValues.Scalar(p.Type ?? typeof(string)))).ToList();
            var (contentType, body) = route.TakesFile()
                ? Multipart(form.Where(f => !route.Parameters.Any(p => p.Name == f.Key && p.Source == BindingSource.FormFile)).ToList(),
                    [.. route.Parameters.Where(p => p.Source == BindingSource.FormFile).Select(p => p.Name)])
                : form.Count > 0 ? ("application/x-www-form-urlencoded", Query(form))
                : ckan.Count > 0 ? ("application/json", JsonSerializer.Serialize(ckan.ToDictionary()))
                : route.BodyType() is { } bodyType ? ("application/json", SampleValues.Json(bodyType)?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "{}")
                : (null, null);
            requests.Add(new(persona, "api", route.Method, target, contentType, body, null));
        }

        // Requests on the session's own account and deletions last: should one succeed, the rest still ran.
        return [.. requests.OrderBy(Order)];
    }

    private static int Order(ScanRequest request) =>
        request.Url is "/api/hub/me" or "/konto/meine-daten" ? 2
        : request.Method == "DELETE" || request.Url.StartsWith("/konto", StringComparison.Ordinal) || request.Url.Contains("/abmelden", StringComparison.Ordinal) ? 1
        : 0;

    /// <summary>
    /// The CKAN actions read their parameters from the query or the JSON body themselves (as CKAN does), so the API
    /// explorer sees none; these are the parameters the actions document (docs/adr/0010, 0009).
    /// </summary>
    private static List<KeyValuePair<string, string>> CkanParameters(string pattern) => pattern.Replace("/api/3/action/", "", StringComparison.Ordinal) switch
    {
        "package_search" => [new("q", "spielplatz"), new("fq", "organization:hoechberg"), new("sort", "name asc"), new("rows", "10"), new("start", "0"), new("facet.field", "[\"tags\"]")],
        "package_show" or "organization_show" or "resource_show" or "datastore_info" => [new("id", "spielplaetze-rimpar")],
        "datastore_search" => [new("resource_id", "test"), new("q", "test"), new("filters", "{\"a\":\"b\"}"), new("sort", "a desc"), new("limit", "5")],
        "datastore_search_sql" => [new("sql", "SELECT * FROM \"test\"")],
        "package_list" or "current_package_list_with_resources" or "tag_list" or "organization_list" or "group_list" => [new("limit", "10"), new("offset", "0")],
        "package_create" or "package_patch" => [new("name", "test"), new("title", "test"), new("notes", "test"), new("owner_org", "hoechberg"), new("license_id", "cc-by/4.0")],
        "resource_create" => [new("package_id", "test"), new("url", "https://example.org/test.csv"), new("name", "test")],
        _ => [],
    };

    public static string Render(ScanRequest request, Session session, string origin)
    {
        var text = new StringBuilder();
        text.Append(request.Method).Append(' ').Append(request.Url).Append(" HTTP/1.1\r\n");
        text.Append("Host: ").Append(new Uri(origin).Authority).Append("\r\n");
        text.Append("Origin: ").Append(origin).Append("\r\n");
        text.Append("Accept: ").Append(request.Kind == "api" ? "application/json" : "text/html").Append("\r\n");
        if (session.CookieHeader.Length > 0)
        {
            text.Append("Cookie: ").Append(session.CookieHeader).Append("\r\n");
        }

        if (session.Token.Length > 0)
        {
            text.Append(Session.TokenHeader).Append(": ").Append(session.Token).Append("\r\n");
        }

        if (request.ContentType is not null)
        {
            text.Append("Content-Type: ").Append(request.ContentType).Append("\r\n");
        }

        text.Append("\r\n");
        text.Append(request.Body ?? "");
        return text.ToString();
    }

    private static string Query(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    private static (string, string) Multipart(IReadOnlyList<KeyValuePair<string, string>> fields, IReadOnlyList<string> files)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            body.Append("--").Append(Boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(name).Append("\"\r\n\r\n").Append(value).Append("\r\n");
        }

        foreach (var name in files)
        {
            body.Append("--").Append(Boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(name)
                .Append("\"; filename=\"daten.csv\"\r\nContent-Type: text/csv\r\n\r\nName;Wert\r\nHöchberg;1\r\n");
        }

        body.Append("--").Append(Boundary).Append("--\r\n");
        return ("multipart/form-data; boundary=" + Boundary, body.ToString());
    }

    /// <summary>The concrete URL with each route value followed by <c>*</c>, so sqlmap injects into the path as well.</summary>
    private static string Mark(Route route, string url)
    {
        if (!route.HasRouteParameters)
        {
            return url;
        }

        var values = new RouteValueDictionary();
        var path = url.Split('?')[0];
        if (!new TemplateMatcher(TemplateParser.Parse(route.Pattern.TrimStart('/')), []).TryMatch(path, values))
        {
            return url;
        }

        return "/" + string.Join("/", route.Parsed.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(values[parameter.Name]?.ToString() ?? "") + "*",
            _ => "",
        }))));
    }
}
