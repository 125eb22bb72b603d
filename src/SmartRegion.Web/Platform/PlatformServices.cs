using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using SmartRegion.Kernel;
using SmartRegion.Kernel.Web;
using SmartRegion.Ui.Privacy;

namespace SmartRegion.Web.Platform;

/// <summary>The host's composition root: everything every module relies on.</summary>
internal static class PlatformServices
{
    public static readonly CultureInfo[] Cultures = [new("de-DE"), English()];

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        // Serve assets from the build output too (dotnet run in any environment); a published app has them in wwwroot.
        builder.WebHost.UseStaticWebAssets();
        builder.AddKernel();
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("de-DE");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The person's choice (cookie) first, then the browser's languages; German when neither fits.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        builder.Services.AddRazorComponents();
        // Pages are German: umlauts, ß and „quotes“ go out as text, not as numeric entities (the encoder still escapes
        // markup characters). The default encoder lets only ASCII through.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        Compression.Add(builder.Services);
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(PageCache.Policy, PageCache.Build);
            options.AddPolicy(PageCache.PolicyWithoutQuery, PageCache.BuildWithoutQuery);
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".SmartRegion.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddCookieNotice(new CookieNotice(".SmartRegion.Antiforgery", typeof(SmartRegion.Ui.Resources.UiText), "Cookie.Antiforgery.Purpose", "Cookie.Antiforgery.Lifetime"));
        builder.Services.AddCookieNotice(new CookieNotice(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName, typeof(SmartRegion.Ui.Resources.UiText), "Cookie.Culture.Purpose", "Cookie.Culture.Lifetime"));
        builder.Services.AddAuthentication();
        builder.Services.AddAuthorization();
        builder.Services.AddOpenApi("v1");
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddHealthChecks();
        builder.Services.AddRateLimiter(options => AddRateLimits(options, builder.Configuration));
        builder.AddProxySupport();
        builder.AddPlatformProtection();
        builder.AddTelemetry();
        return builder;
    }

    /// <summary>
    /// English text with the dates and numbers of en-GB (6 December 2026 is 06/12/2026, times in 24 hours), as the region's
    /// English-speaking visitors read them; the neutral <c>en</c> would write the American 12/6/2026 11:25 AM.
    /// </summary>
    private static CultureInfo English()
    {
        var english = (CultureInfo)CultureInfo.GetCultureInfo("en").Clone();
        var british = CultureInfo.GetCultureInfo("en-GB");
        english.DateTimeFormat = (DateTimeFormatInfo)british.DateTimeFormat.Clone();
        english.NumberFormat = (NumberFormatInfo)british.NumberFormat.Clone();
        return english;
    }

    private static void AddRateLimits(RateLimiterOptions options, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:PublicWritePerMinute", 10);
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await Refusal.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests", "Please wait a moment and try again.");
        };
        // Writing anonymously is limited per client address; reading has its global budget (AnonymousReads).
        options.AddPolicy(RateLimits.PublicWrite, http => WritesPerClient(http, perMinute));
        options.AddPolicy(RateLimits.SignIn, http => WritesPerClient(http, signInPerMinute));
    }

    private static RateLimitPartition<string> WritesPerClient(HttpContext http, int perMinute) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static void AddProxySupport(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue("Proxy:Enabled", false))
        {
            return;
        }

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in builder.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
    }
}
