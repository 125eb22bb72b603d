using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartRegion.Events.CheckIn;

/// <summary>
/// The code in a registration's QR code: the registration's id sealed with the platform's data-protection keys under a
/// purpose of its own. It opens the organisers' check-in page for that registration and nothing else — unlike the
/// registration's own links it can neither cancel nor accept anything — so the person may show it at the door.
/// Nothing secret is stored, every node reads it, and a forged or altered code opens nothing.
/// </summary>
internal sealed class CheckInCodes(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SmartRegion.Events.CheckIn.v1");

    public string For(Guid registrationId) => WebEncoders.Base64UrlEncode(_protector.Protect(registrationId.ToByteArray()));

    public Guid? Read(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 400)
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(code.Trim()));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
