using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Roles;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Seeding;

namespace SmartRegion.Hub.Accounts;

/// <summary>
/// Gives a trial installation a region admin to sign in with. The password is random per installation and written
/// once to a file under the data path (and the log), never into the repository. Demo content: not in production.
/// </summary>
internal sealed partial class DemoAccountSeeder(
    UserManager<Person> users,
    HubDb db,
    TimeProvider time,
    IOptions<StorageOptions> storage,
    ILogger<DemoAccountSeeder> logger) : ISeeder
{
    public const string AdminEmail = "admin@demo.smarte-region.invalid";

    public bool IsDemo => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(AdminEmail) is not null)
        {
            return;
        }

        var password = "Demo-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        var admin = new Person
        {
            UserName = AdminEmail,
            Email = AdminEmail,
            EmailConfirmed = true,
            DisplayName = "Demo-Administration Region",
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The demo admin could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        db.RoleAssignments.Add(RoleAssignment.Grant(admin.Id, HubRole.RegionAdmin, null, null, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        var file = Path.Combine(storage.Value.FullDataPath, "demo-zugang.txt");
        await File.WriteAllTextAsync(file, $"Demo-Zugang (Region-Administration)\nE-Mail: {AdminEmail}\nPasswort: {password}\n", cancellationToken);
        LogDemoAdmin(logger, AdminEmail, file);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo profile: region admin {Email} created; the password is in {File}.")]
    private static partial void LogDemoAdmin(ILogger logger, string email, string file);
}
