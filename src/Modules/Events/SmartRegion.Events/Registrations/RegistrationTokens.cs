using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartRegion.Events.Registrations;

/// <summary>
/// The secret in a registration's links (confirm the address, cancel, leave the list, accept or decline an offer):
/// the registration's id sealed with the platform's data-protection keys, which every node shares. Nothing secret is
/// stored, a mail sent later from the outbox can make the same kind of link, and a forged or altered token opens nothing.
/// </summary>
internal sealed class RegistrationTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SmartRegion.Events.Registration.v1");

    public string For(Guid registrationId) => WebEncoders.Base64UrlEncode(_protector.Protect(registrationId.ToByteArray()));

    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 400)
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
