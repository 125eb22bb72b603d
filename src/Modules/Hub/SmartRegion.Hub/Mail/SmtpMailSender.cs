using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Mail;

namespace SmartRegion.Hub.Mail;

/// <summary>Hands each mail to the configured SMTP server; one connection per mail, bounded by the timeout.</summary>
internal sealed partial class SmtpMailSender(IOptions<MailOptions> options, TimeProvider time, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var settings = options.Value;
        using var message = MailMessages.Create(mail, settings, time.GetUtcNow());
        var server = settings.Server!;
        var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);

        // MailKit's own timeout covers each read and write; the deadline bounds the whole exchange, connect included.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, ToMailKit(settings.Security), deadline.Token);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", deadline.Token);
            }

            await client.SendAsync(message, deadline.Token);
            await client.DisconnectAsync(quit: true, deadline.Token);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw Failed(server, $"did not answer within {settings.TimeoutSeconds} s", ex);
        }
        catch (Exception ex) when (ex is TimeoutException || ex.InnerException is TimeoutException
                                   || (ex is IOException && ex.InnerException is SocketException { SocketErrorCode: SocketError.TimedOut }))
        {
            throw Failed(server, $"did not answer within {settings.TimeoutSeconds} s", ex);
        }
        catch (SocketException ex)
        {
            throw Failed(server, $"could not be reached ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is IOException or ProtocolException or CommandException
                                       or MailKit.Security.AuthenticationException or SslHandshakeException or NotSupportedException
                                       or System.Security.Authentication.AuthenticationException)
        {
            throw Failed(server, $"refused the connection or the mail ({ex.Message})", ex);
        }

        LogSent(logger, message.MessageId ?? "", server);
    }

    private MailDeliveryException Failed(string server, string reason, Exception cause)
    {
        LogFailed(logger, server, reason);
        return new MailDeliveryException($"The mail server {server} {reason}; the mail was not sent.", cause);
    }

    private static SecureSocketOptions ToMailKit(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MessageId} handed to {Server}.")]
    private static partial void LogSent(ILogger logger, string messageId, string server);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail could not be handed to {Server} ({Reason}).")]
    private static partial void LogFailed(ILogger logger, string server, string reason);
}
