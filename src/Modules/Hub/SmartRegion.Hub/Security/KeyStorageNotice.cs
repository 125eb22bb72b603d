using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRegion.Hub.Security;

/// <summary>
/// Says once at start how the embedded profile protects the keys behind sign-in cookies and antiforgery tokens: as
/// files under the data path that only the service account may read. That profile has no certificate or key vault to
/// encrypt them with, so this line takes the place of the framework's warning about exactly that.
/// </summary>
internal sealed partial class KeyStorageNotice(ILogger<KeyStorageNotice> logger, string folder) : IHostedService
{
    /// <summary>The framework's logger that warns about keys stored without an encryptor.</summary>
    public const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogKeyStorage(logger, folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Embedded profile: the keys that protect sign-in cookies are stored unencrypted in {Folder}; only the service account may read that folder (production: DataProtection:Store=Database or a protected volume).")]
    private static partial void LogKeyStorage(ILogger logger, string folder);
}
