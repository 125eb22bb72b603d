using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Protection;

/// <summary>A region admin signed in through the real form; the client keeps the session cookie.</summary>
internal static class SignedIn
{
    public const string Password = "ein langes Passwort 2026";

    public static async Task RegionAdminAsync(SmartRegionHost host, HttpClient client, string email = "admin@beispiel.de")
    {
        await CreateRegionAdminAsync(host, email);
        var page = await HtmlPage.LoadAsync(client, "/anmelden");
        var response = await page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Model.Email"] = email, ["Model.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task CreateRegionAdminAsync(SmartRegionHost host, string email = "admin@beispiel.de")
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var person = new Person { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Admin", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(person, Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        db.RoleAssignments.Add(RoleAssignment.Grant(person.Id, HubRole.RegionAdmin, null, null, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
