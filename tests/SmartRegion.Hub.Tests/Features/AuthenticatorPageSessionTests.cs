using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Accounts;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>
/// Found by the security scan: opening the authenticator setup page (a GET) changed the security stamp, so a link from
/// another site signed the person out on every other device within a minute. Showing the key changes nothing else.
/// </summary>
public sealed class AuthenticatorPageSessionTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Email = "jonas@beispiel.de";

    private async Task<string?> StampAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        return await users.GetSecurityStampAsync((await users.FindByEmailAsync(Email))!);
    }

    [Fact]
    public async Task opening_the_authenticator_setup_page_keeps_the_security_stamp_and_so_the_other_sessions()
    {
        await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);
        var before = await StampAsync();

        var page = await GetPageAsync("/konto/sicherheit/authenticator");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("code.sr-shared-key")?.TextContent));
        Assert.Equal(before, await StampAsync());
        Assert.Equal(page.Document.QuerySelector("code.sr-shared-key")!.TextContent.Trim(),
            (await GetPageAsync("/konto/sicherheit/authenticator")).Document.QuerySelector("code.sr-shared-key")!.TextContent.Trim());
    }
}
