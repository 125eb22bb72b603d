namespace SmartRegion.Hub.Mail;

/// <summary>How the connection to the mail server is protected.</summary>
internal enum MailSecurity
{
    /// <summary>Plain text; only for a mail server on the same machine or in a closed network.</summary>
    None,

    /// <summary>Connect in plain text, then require STARTTLS (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>TLS from the first byte on port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,
}
