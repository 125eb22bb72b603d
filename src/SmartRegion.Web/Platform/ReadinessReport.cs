using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SmartRegion.Web.Platform;

/// <summary>
/// The body of <c>/health/ready</c>: the overall status on the first line („Healthy“ alone when all is well), then one
/// line for each part that is not, so a probe or a person sees which part is still starting (e.g. the search index).
/// </summary>
internal static class ReadinessReport
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        var lines = new List<string> { report.Status.ToString() };
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            lines.Add($"{name}: {entry.Status}{(entry.Description is { } d ? " – " + d : "")}");
        }

        return http.Response.WriteAsync(string.Join('\n', lines), http.RequestAborted);
    }
}
