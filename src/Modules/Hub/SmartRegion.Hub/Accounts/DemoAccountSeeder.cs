using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Seeding;

namespace SmartRegion.Hub.Accounts;

/// <summary>
/// Gives a trial installation a region admin to sign in with. The password is random per installation and written
/// once to a file under the data path (and the log), never into the repository. Demo content: not in production.
/// </summary>
internal sealed partial class DemoAccountSeeder(
    IAccountProvisioning accounts,
    IOptions<StorageOptions> storage,
    ILogger<DemoAccountSeeder> logger) : ISeeder
{
    public const string AdminEmail = "admin@demo.smarte-region.invalid";

    public bool IsDemo => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(AdminEmail, cancellationToken) is not null)
        {
            return;
        }

        var password = "Demo-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        var admin = await accounts.CreateAsync(new NewAccount(AdminEmail, password, "Demo-Administration Region"), cancellationToken);
        await accounts.GrantAsync(admin, HubRoles.RegionAdmin, null, cancellationToken);
        var file = Path.Combine(storage.Value.FullDataPath, "demo-zugang.txt");
        await File.WriteAllTextAsync(file, $"Demo-Zugang (Region-Administration)\nE-Mail: {AdminEmail}\nPasswort: {password}\n", cancellationToken);
        LogDemoAdmin(logger, AdminEmail, file);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo profile: region admin {Email} created; the password is in {File}.")]
    private static partial void LogDemoAdmin(ILogger logger, string email, string file);
}
