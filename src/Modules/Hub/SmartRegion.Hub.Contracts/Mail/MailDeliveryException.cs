namespace SmartRegion.Hub.Contracts.Mail;

/// <summary>
/// A mail could not be handed over: the mail server was unreachable, did not answer within the timeout, refused the
/// sign-in or refused the mail. The message says which server and why; it never contains the mail's content.
/// Callers that send from the outbox let it bubble up, so the outbox tries again later.
/// </summary>
public sealed class MailDeliveryException : Exception
{
    /// <summary>Creates the exception without a message.</summary>
    public MailDeliveryException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MailDeliveryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
