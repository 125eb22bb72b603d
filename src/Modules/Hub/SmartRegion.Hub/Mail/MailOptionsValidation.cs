using Microsoft.Extensions.Options;
using MimeKit;

namespace SmartRegion.Hub.Mail;

/// <summary>Checks the mail settings when the host starts, so a typo stops the start with a clear message instead of failing the first mail.</summary>
internal sealed class MailOptionsValidation : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string at = MailOptions.Section + ":";
        var failures = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{at}Port must be between 1 and 65535 (is {options.Port}).");
        }

        if (!Enum.IsDefined(options.Security))
        {
            failures.Add($"{at}Security must be None, StartTls, SslOnConnect or Auto.");
        }

        if (options.Host is { } host && host.Length > 0 && (host.Trim() != host || host.Any(char.IsWhiteSpace) || host.Contains("://", StringComparison.Ordinal)))
        {
            failures.Add($"{at}Host must be a bare host name or address such as smtp.example.org, without scheme or spaces (is '{host}').");
        }

        if (!IsAddress(options.FromAddress))
        {
            failures.Add($"{at}FromAddress must be one e-mail address such as noreply@example.org (is '{options.FromAddress}').");
        }

        if (string.IsNullOrWhiteSpace(options.FromName) || options.FromName.Any(char.IsControl))
        {
            failures.Add($"{at}FromName must be a name on one line.");
        }

        if (!string.IsNullOrEmpty(options.UserName) && string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{at}Password is required when {at}UserName is set.");
        }

        if (options.TimeoutSeconds is < 1 or > 600)
        {
            failures.Add($"{at}TimeoutSeconds must be between 1 and 600 (is {options.TimeoutSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Exactly one plain address (no display name, no list), with a domain.</summary>
    internal static bool IsAddress(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && MailboxAddress.TryParse(value, out var address)
        && string.Equals(address.Address, value.Trim(), StringComparison.Ordinal)
        && address.Address.IndexOf('@', StringComparison.Ordinal) is > 0 and var i && i < address.Address.Length - 1;
}
