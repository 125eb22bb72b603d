using MimeKit;
using MimeKit.Utils;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.Hub.Mail;

/// <summary>Turns an <see cref="OutgoingMail"/> into the MIME message both senders hand on, so SMTP and the file drop carry the same bytes.</summary>
internal static class MailMessages
{
    public static MimeMessage Create(OutgoingMail mail, MailOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!MailOptionsValidation.IsAddress(mail.ToAddress))
        {
            throw new ArgumentException("The recipient must be one e-mail address such as name@example.org.", nameof(mail));
        }

        if (string.IsNullOrWhiteSpace(mail.Subject) || mail.Subject.Any(char.IsControl) || mail.ToName?.Any(char.IsControl) == true)
        {
            throw new ArgumentException("Subject and recipient name must be non-empty text on one line.", nameof(mail));
        }

        ArgumentNullException.ThrowIfNull(mail.TextBody);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress.Trim()));
        message.Subject = mail.Subject;
        message.Date = now;
        message.MessageId = MimeUtils.GenerateMessageId(options.FromAddress[(options.FromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..]);
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var attachment in mail.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
