namespace SmartRegion.Hub.Contracts.Mail;

/// <summary>A file sent with a mail, e.g. an iCalendar invitation.</summary>
/// <param name="FileName">The name shown, e.g. <c>termin.ics</c>.</param>
/// <param name="ContentType">The media type, e.g. <c>text/calendar; method=PUBLISH; charset=utf-8</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
