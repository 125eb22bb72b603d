using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Resources;

namespace SmartRegion.Hub.Accounts;

/// <summary>
/// The mails of account self-service. Links point to the public origin (<see cref="IPublicOrigin"/>), never to the
/// Host of the request, so a forged Host header cannot bend a link.
/// A mail that cannot be handed over is logged (never with its link) and the answer stays the same, so that the
/// answer never tells whether an address has an account; the person can ask for the mail again.
/// </summary>
internal sealed partial class AccountMail(
    IMailSender sender, IStringLocalizer<SelfServiceText> text, IPublicOrigin origin, ILogger<AccountMail> logger)
{
    public Task SendConfirmationAsync(Person person, string token, CancellationToken ct) =>
        SendAsync(person.Email!, person.DisplayName, "Mail.Confirm",
            Link("/registrieren/bestaetigen", ("person", person.Id.ToString()), ("code", AccountTokens.Encode(token))), ct);

    public Task SendAlreadyRegisteredAsync(string email, CancellationToken ct) =>
        SendAsync(email, null, "Mail.AlreadyRegistered", null, ct);

    public Task SendPasswordResetAsync(Person person, string token, CancellationToken ct) =>
        SendAsync(person.Email!, person.DisplayName, "Mail.Reset",
            Link("/passwort-zuruecksetzen", ("person", person.Id.ToString()), ("code", AccountTokens.Encode(token))), ct);

    public Task SendEmailChangeAsync(Person person, string newEmail, string token, CancellationToken ct) =>
        SendAsync(newEmail, person.DisplayName, "Mail.EmailChange",
            Link("/konto/e-mail/bestaetigen", ("person", person.Id.ToString()), ("email", newEmail), ("code", AccountTokens.Encode(token))), ct);

    public Task SendEmailChangeNoticeAsync(Person person, CancellationToken ct) =>
        SendAsync(person.Email!, person.DisplayName, "Mail.EmailChangeNotice", null, ct);

    public Task SendAddressInUseAsync(string email, CancellationToken ct) =>
        SendAsync(email, null, "Mail.AddressInUse", null, ct);

    private async Task SendAsync(string to, string? name, string key, string? link, CancellationToken ct)
    {
        var body = text[key + ".Body", link ?? "", origin.Value].Value.ReplaceLineEndings("\n");
        try
        {
            await sender.SendAsync(new OutgoingMail(to, text[key + ".Subject"], body, string.IsNullOrWhiteSpace(name) ? null : name), ct);
        }
        catch (MailDeliveryException e)
        {
            LogNotSent(logger, key, e.Message);
        }
    }

    private string Link(string path, params (string Name, string Value)[] query) =>
        QueryHelpers.AddQueryString(origin.Link(path), query.Select(q => new KeyValuePair<string, string?>(q.Name, q.Value)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The account mail {Kind} could not be handed over: {Reason}")]
    private static partial void LogNotSent(ILogger logger, string kind, string reason);
}
