using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace SmartRegion.Web.Platform;

/// <summary>
/// Brotli and gzip for pages, JSON and the catalogue's RDF. A compressed response that holds a secret beside text an
/// attacker can put into it (a search term shown on the page) gives the secret away bit by bit through its length
/// (BREACH). So only responses without a secret are compressed: none for a signed-in person (their pages carry personal
/// data), none marked <c>no-store</c> (the antiforgery system marks every response that carries its token, and
/// personal pages are no-store), none that sets a cookie. Public pages, the catalogue and the open APIs are compressed.
/// </summary>
internal sealed class Compression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public static readonly string[] MimeTypes =
    [
        .. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "application/ld+json", "application/geo+json",
        "application/rdf+xml", "text/turtle", "text/csv", "image/svg+xml",
    ];

    public override bool ShouldCompressResponse(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !CarriesSecret(context) && base.ShouldCompressResponse(context);
    }

    /// <summary>Whether the response may hold something that must not be guessed from its compressed length.</summary>
    public static bool CarriesSecret(HttpContext context)
    {
        var response = context.Response;
        return context.User.Identity?.IsAuthenticated == true
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.Any(v => v?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true);
    }

    public static void Add(IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Over TLS too: the rule above keeps secrets out of compressed responses.
            options.EnableForHttps = true;
            options.MimeTypes = MimeTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, Compression>();
    }
}
