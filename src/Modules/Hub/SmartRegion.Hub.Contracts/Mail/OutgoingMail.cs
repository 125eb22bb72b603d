namespace SmartRegion.Hub.Contracts.Mail;

/// <summary>
/// One e-mail the platform sends to one person, e.g. to confirm an account. The sender (From) is the platform's own
/// address from the Hub's mail settings, so callers never choose it.
/// </summary>
/// <param name="ToAddress">The recipient's address, e.g. <c>erika@beispiel.de</c>.</param>
/// <param name="Subject">The subject line; plain text, may contain any Unicode letters (umlauts, ß).</param>
/// <param name="TextBody">The plain text body every mail carries, so that every mail program can show it.</param>
/// <param name="ToName">The recipient's display name, when known.</param>
/// <param name="HtmlBody">An optional HTML alternative of <paramref name="TextBody"/>; the caller escapes what it inserts.</param>
/// <param name="Attachments">Files sent with the mail, e.g. an iCalendar invitation; none when null.</param>
public sealed record OutgoingMail(
    string ToAddress, string Subject, string TextBody, string? ToName = null, string? HtmlBody = null, IReadOnlyList<MailAttachment>? Attachments = null);
