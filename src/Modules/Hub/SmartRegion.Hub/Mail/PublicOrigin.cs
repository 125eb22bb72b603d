using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.Hub.Mail;

/// <summary>The configured origin, or the server's own listening address (https first); never a request's Host.</summary>
internal sealed class PublicOrigin(IOptions<PublicOriginOptions> options, IServer server) : IPublicOrigin
{
    private const string Fallback = "http://localhost";

    public string Value => string.IsNullOrWhiteSpace(options.Value.PublicOrigin)
        ? Listening()
        : options.Value.PublicOrigin.Trim().TrimEnd('/');

    public string Link(string path) => Value + path;

    private string Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return Fallback;
        }

        // A wildcard binding (0.0.0.0, [::]) names no machine; the mail then points at this machine itself.
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}

/// <summary>The origin setting and whether a reverse proxy forwards the requests (then the setting is required).</summary>
internal sealed class PublicOriginOptions
{
    public const string Key = "Modules:Hub:PublicOrigin";

    public string? PublicOrigin { get; set; }

    public bool BehindProxy { get; set; }
}

/// <summary>Stops the start with one clear message when mail links would otherwise follow a forwarded Host header.</summary>
internal sealed class PublicOriginValidation : IValidateOptions<PublicOriginOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicOriginOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PublicOrigin))
        {
            return options.BehindProxy
                ? ValidateOptionsResult.Fail($"{PublicOriginOptions.Key} must be set when Proxy:Enabled is true: links in mails (confirmation, password reset) " +
                    "are built from it, never from the Host a request brings. Set it to the address people use, e.g. https://smarte-region.example.")
                : ValidateOptionsResult.Success;
        }

        return Uri.TryCreate(options.PublicOrigin.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{PublicOriginOptions.Key} must be an absolute http(s) address such as https://smarte-region.example (is '{options.PublicOrigin}').");
    }
}
