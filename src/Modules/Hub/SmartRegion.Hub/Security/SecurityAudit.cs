using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Security;

/// <summary>
/// A person's own changes to their second factors. They are recorded because they matter when an account was taken
/// over: who switched the protection off, from where, when. Never the key, a code or a credential.
/// </summary>
internal static class SecurityAudit
{
    public const string TwoFactorEnabled = "security.two-factor.enabled";
    public const string TwoFactorDisabled = "security.two-factor.disabled";
    public const string RecoveryCodesRegenerated = "security.recovery-codes.regenerated";
    public const string AuthenticatorReset = "security.authenticator.reset";
    public const string PasskeyAdded = "security.passkey.added";
    public const string PasskeyRemoved = "security.passkey.removed";

    public static Task RecordAsync(IAuditLog audit, string action, Person person, string? details, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(action, "person", person.Id.ToString(), Details: details), cancellationToken);
}
