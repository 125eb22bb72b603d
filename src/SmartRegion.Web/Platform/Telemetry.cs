using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SmartRegion.Web.Platform;

/// <summary>OpenTelemetry metrics and traces; off unless an exporter is configured (<c>OpenTelemetry:Exporter</c> = otlp or console).</summary>
internal static class Telemetry
{
    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var exporter = builder.Configuration["OpenTelemetry:Exporter"]?.Trim().ToLowerInvariant();
        if (exporter is null or "" or "none")
        {
            return;
        }

        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("smartregion"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                if (exporter == "console") m.AddConsoleExporter();
                else m.AddOtlpExporter(o => { if (!string.IsNullOrEmpty(endpoint)) o.Endpoint = new Uri(endpoint); });
            })
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource("Microsoft.EntityFrameworkCore");
                if (exporter == "console") t.AddConsoleExporter();
                else t.AddOtlpExporter(o => { if (!string.IsNullOrEmpty(endpoint)) o.Endpoint = new Uri(endpoint); });
            });
    }
}
