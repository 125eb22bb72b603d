using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SmartRegion.Web.Components;

namespace SmartRegion.Web.Platform;

/// <summary>The request pipeline shared by every module.</summary>
internal static class PlatformPipeline
{
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UsePlatform(this WebApplication app)
    {
        if (app.Configuration.GetValue("Proxy:Enabled", false))
        {
            app.UseForwardedHeaders();
            if (app.Configuration.GetValue("Proxy:Hsts", false))
            {
                app.UseHsts();
            }
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseResponseCompression();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fehler/500", CreateScopeForErrors = true });
        app.UseWhen(http => IsApi(http.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(http => !IsApi(http.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/fehler/{0}", queryFormat: null, createScopeForStatusCodePages: true));
        app.UseMiddleware<ErrorPages>();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseCookieWriteRule();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPlatformPages(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = ReadinessReport.WriteAsync }).AllowAnonymous();
        var pages = app.Services.GetRequiredService<SmartRegion.Ui.Routing.PageAssemblies>();
        app.MapRazorComponents<App>().AddAdditionalAssemblies([.. pages.Assemblies])
            .Add(endpoint =>
            {
                // Blazor's own redirect helper shows nothing itself; pages declare their access with attributes.
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: "/_framework/opaque-redirect" })
                {
                    endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
                }

                // HEAD answers like GET (status and headers; the server sends no body), as link checkers and proxies expect.
                if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
                    && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
                {
                    endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
                }
            });
        return app;
    }
}
