using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Mail;

namespace SmartRegion.Hub.Tests.Domain;

public sealed class MailMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void a_mail_carries_the_platform_as_sender_the_time_and_a_text_and_html_alternative()
    {
        using var message = MailMessages.Create(
            new OutgoingMail("erika@beispiel.de", "Grüße", "Text", "Erika", "<p>Text</p>"), new MailOptions(), Now);

        Assert.Equal("\"Smarte Region Würzburg\" <noreply@smarte-region.invalid>", message.From.ToString());
        Assert.Equal("\"Erika\" <erika@beispiel.de>", message.To.ToString());
        Assert.Equal(Now, message.Date);
        Assert.EndsWith("@smarte-region.invalid", message.MessageId, StringComparison.Ordinal);
        Assert.Equal("Text", message.TextBody!.Trim());
        Assert.Equal("<p>Text</p>", message.HtmlBody!.Trim());
    }

    [Theory]
    [InlineData("keine-adresse", "Betreff")]
    [InlineData("a@beispiel.de, b@beispiel.de", "Betreff")]
    [InlineData("erika@beispiel.de", "")]
    [InlineData("erika@beispiel.de", "Betreff\r\nBcc: fremd@beispiel.de")]
    public void a_mail_without_one_recipient_or_with_a_broken_subject_is_refused(string to, string subject) =>
        Assert.Throws<ArgumentException>(() => MailMessages.Create(new OutgoingMail(to, subject, "Text"), new MailOptions(), Now));
}
