using Microsoft.AspNetCore.RateLimiting;

namespace SmartRegion.Web.Platform;

/// <summary>Limits and rules that protect every endpoint: request sizes, the anonymous read budget, cookie writes, private caching.</summary>
internal static class PlatformProtection
{
    public static WebApplicationBuilder AddPlatformProtection(this WebApplicationBuilder builder)
    {
        // The answer does not name the server software.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddOptions<RequestLimitOptions>().Bind(builder.Configuration.GetSection(RequestLimitOptions.Section))
            .Validate(o => o.IsValid, "RequestLimits: MaxQueryStringChars, MaxReadBodyBytes and MaxBodyBytes must be positive.")
            .ValidateOnStart();
        var readsPerMinute = builder.Configuration.GetValue("RateLimits:AnonymousReadsPerMinute", AnonymousReads.DefaultPerMinute);
        builder.Services.Configure<RateLimiterOptions>(options => options.GlobalLimiter = AnonymousReads.Limiter(readsPerMinute));
        return builder;
    }

    /// <summary>Before the handlers and after routing: limits need the endpoint's own size, the caching rule the person.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.UseMiddleware<PrivateResponses>();
        app.UseMiddleware<RequestLimits>();
        return app;
    }

    /// <summary>After authentication: the antiforgery token is bound to the signed-in person.</summary>
    public static WebApplication UseCookieWriteRule(this WebApplication app)
    {
        app.UseMiddleware<CookieWriteRule>();
        return app;
    }
}
