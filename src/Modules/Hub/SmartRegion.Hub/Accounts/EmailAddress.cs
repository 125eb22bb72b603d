using System.Net.Mail;

namespace SmartRegion.Hub.Accounts;

/// <summary>One plain address such as <c>erika@beispiel.de</c>: no display name, no list, a dot in the domain.</summary>
internal static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= MaxLength
            && !trimmed.Any(char.IsControl)
            && MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
