namespace SmartRegion.Hub.Contracts.Mail;

/// <summary>
/// Sends e-mail on behalf of the platform. Over SMTP when a mail server is configured (<c>Modules:Hub:Mail:Host</c>);
/// otherwise each mail is dropped as an <c>.eml</c> file under the data path, where region admins can read it.
/// </summary>
public interface IMailSender
{
    /// <summary>Hands the mail over to the mail server (or drops it as a file) and returns when that is done.</summary>
    /// <param name="mail">The mail to send.</param>
    /// <param name="ct">Cancels the sending.</param>
    /// <exception cref="ArgumentException">The mail has no valid recipient address, or no subject or text.</exception>
    /// <exception cref="MailDeliveryException">The mail server could not be reached in time or refused the mail.</exception>
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}
