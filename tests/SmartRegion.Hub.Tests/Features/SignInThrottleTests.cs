using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>Someone guessing an admin's password from one address slows only themselves down; the admin still signs in.</summary>
public sealed class SignInThrottleTests(ProxiedHost host) : IntegrationTest<ProxiedHost>(host), IClassFixture<ProxiedHost>
{
    [Fact]
    public async Task wrong_passwords_from_one_address_do_not_lock_the_admin_out_from_another()
    {
        await People.CreateAsync(Host, "admin@beispiel.de", roles: (HubRoles.RegionAdmin, null));
        using var attacker = Host.CreateBrowserClient();
        attacker.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.66");
        for (var i = 0; i < 8; i++)
        {
            await People.SignInAsync(attacker, "admin@beispiel.de", "geraten geraten " + i);
        }

        var guessedRight = await HtmlPage.FromAsync(await People.SignInAsync(attacker, "admin@beispiel.de"), "/anmelden");
        Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        var admin = await People.SignInAsync(Client, "admin@beispiel.de");

        Assert.StartsWith("Zu viele Fehlversuche", Assert.Single(guessedRight.ErrorSummaryLinks()).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/konto", admin.Headers.Location!.AbsolutePath);
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        Assert.False(await users.IsLockedOutAsync((await users.FindByEmailAsync("admin@beispiel.de"))!));
    }
}
