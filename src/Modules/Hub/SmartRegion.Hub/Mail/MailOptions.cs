namespace SmartRegion.Hub.Mail;

/// <summary>The <c>Modules:Hub:Mail</c> section: the mail server the platform sends through.</summary>
internal sealed class MailOptions
{
    public const string Section = "Modules:Hub:Mail";

    /// <summary>The SMTP server. Empty (the embedded profile): mails are dropped as files under the data path instead.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>Sign-in at the mail server; empty when the server accepts mail without one.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Sender address. The default's top-level domain <c>.invalid</c> can never be delivered to (RFC 2606), so a
    /// production installation that forgot to set its own address is noticed at once, and no real domain is spoofed.
    /// </summary>
    public string FromAddress { get; set; } = "noreply@smarte-region.invalid";

    public string FromName { get; set; } = "Smarte Region Würzburg";

    /// <summary>Upper bound for connecting, signing in and sending one mail.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    /// <summary><c>host:port</c> of the SMTP server, or null while mails are dropped as files.</summary>
    public string? Server => UsesSmtp ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Host}:{Port}") : null;
}
