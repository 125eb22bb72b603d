using Microsoft.AspNetCore.DataProtection;

namespace SmartRegion.Events.Registrations;

/// <summary>The secret in a registration's links: confirm the address, cancel, leave the list, accept or decline an offer.</summary>
internal sealed class RegistrationTokens(IDataProtectionProvider protection) : SealedIds(protection, "SmartRegion.Events.Registration.v1");
