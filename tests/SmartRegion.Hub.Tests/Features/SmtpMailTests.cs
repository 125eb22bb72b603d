using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Mail;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class SmtpMailTests(SmtpMailHost host) : IntegrationTest<SmtpMailHost>(host), IClassFixture<SmtpMailHost>
{
    // Guards against a hang only; how fast sending is belongs in a benchmark.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task a_mail_with_umlauts_arrives_over_smtp_with_sender_recipient_subject_and_text()
    {
        var sender = Host.Services.GetRequiredService<IMailSender>();
        var mail = new OutgoingMail(
            "erika.mueller@beispiel.de",
            "Bitte bestätigen Sie Ihr Konto – Grüße aus Würzburg",
            "Grüß Gott, Frau Müller!\nBitte bestätigen Sie Ihre Adresse. Schöne Grüße, Ihre Smarte Region",
            ToName: "Erika Müller");

        await sender.SendAsync(mail, TestContext.Current.CancellationToken).WaitAsync(HangGuard, TestContext.Current.CancellationToken);

        var received = Assert.Single(Host.Smtp.Received, m => m.Subject == mail.Subject);
        var from = Assert.Single(received.From.Mailboxes);
        Assert.Equal("noreply@smarte-region.example", from.Address);
        Assert.Equal("Smarte Region Würzburg", from.Name);
        var to = Assert.Single(received.To.Mailboxes);
        Assert.Equal("erika.mueller@beispiel.de", to.Address);
        Assert.Equal("Erika Müller", to.Name);
        Assert.Equal(mail.TextBody, received.TextBody!.TrimEnd().ReplaceLineEndings("\n"));
        Assert.Null(received.HtmlBody);
        var folder = Path.Combine(Host.DataPath, "mail");
        Assert.True(!Directory.Exists(folder) || !Directory.EnumerateFiles(folder).Any(), "Nothing is dropped while SMTP is configured.");
    }

    [Fact]
    public async Task with_a_mail_server_configured_the_admin_page_names_it_instead_of_the_setup_hint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/verwaltung/mails");
        request.Headers.Add(TestAuthentication.RolesHeader, "region-admin");
        var page = await HtmlPage.FromAsync(await Client.SendAsync(request), "/verwaltung/mails");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("127.0.0.1:" + Host.Smtp.Port, page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".kern-alert--info"));
    }

    [Fact]
    public async Task an_unreachable_mail_server_gives_a_clear_error_instead_of_a_hang()
    {
        var port = SmtpTestServer.FreePort();
        var sender = Sender(port, timeoutSeconds: 5);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendAsync(AnyMail(), TestContext.Current.CancellationToken).WaitAsync(HangGuard));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_mail_server_that_never_answers_gives_a_timeout_error_after_the_configured_time()
    {
        // Accepts connections but never sends the SMTP greeting.
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var sender = Sender(port, timeoutSeconds: 1);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendAsync(AnyMail(), TestContext.Current.CancellationToken).WaitAsync(HangGuard));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("within 1 s", error.Message, StringComparison.Ordinal);
    }

    private static SmtpMailSender Sender(int port, int timeoutSeconds) => new(
        Options.Create(new MailOptions { Host = "127.0.0.1", Port = port, Security = MailSecurity.None, TimeoutSeconds = timeoutSeconds }),
        TimeProvider.System,
        NullLogger<SmtpMailSender>.Instance);

    private static OutgoingMail AnyMail() => new("erika@beispiel.de", "Hallo", "Text");
}
