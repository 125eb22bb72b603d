namespace SmartRegion.Hub.Contracts.Mail;

/// <summary>
/// Where links in mails point: the configured <c>Modules:Hub:PublicOrigin</c>; without it (embedded profile, no proxy)
/// the address the server itself listens on. Never the <c>Host</c> a request brings, which anyone can forge.
/// </summary>
public interface IPublicOrigin
{
    /// <summary>Scheme, host, port and path base without a trailing slash, e.g. <c>https://smarte-region.example</c>.</summary>
    string Value { get; }

    /// <summary>An absolute link to a path of this site (the path starts with a slash).</summary>
    string Link(string path);
}
