using Microsoft.AspNetCore.DataProtection;
using SmartRegion.Events.Registrations;

namespace SmartRegion.Events.CheckIn;

/// <summary>
/// The code in a registration's QR code. It opens the organisers' check-in page for that registration and nothing else
/// — unlike the registration's own links it can neither cancel nor accept anything — so the person may show it at the door.
/// </summary>
internal sealed class CheckInCodes(IDataProtectionProvider protection) : SealedIds(protection, "SmartRegion.Events.CheckIn.v1");
