using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartRegion.Events.Registrations;

/// <summary>
/// A registration's id sealed with the platform's data-protection keys, which every node shares, under a purpose of
/// its own: nothing secret is stored, a mail sent later from the outbox can make the same link, and a forged or altered
/// value, or one sealed for another purpose, opens nothing.
/// </summary>
internal abstract class SealedIds(IDataProtectionProvider protection, string purpose)
{
    private readonly IDataProtector _protector = protection.CreateProtector(purpose);

    public string For(Guid registrationId) => WebEncoders.Base64UrlEncode(_protector.Protect(registrationId.ToByteArray()));

    public Guid? Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 400)
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(value.Trim()));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
