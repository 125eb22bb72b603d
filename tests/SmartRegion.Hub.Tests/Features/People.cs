using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>Creates people through the Hub's own account store, as registration would.</summary>
internal static class People
{
    public const string Password = "ein langes Passwort 2026";

    public static async Task<Person> CreateAsync(SmartRegionHost host, string email, bool confirmed = true, params (HubRole Role, string? Ags)[] roles)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var person = new Person { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = email.Split('@')[0], CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(person, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        foreach (var (role, ags) in roles)
        {
            db.RoleAssignments.Add(RoleAssignment.Grant(person.Id, role, ags, null, DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>Signs in through the real form; the client keeps the session cookie.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password, string url = "/anmelden")
    {
        var page = await HtmlPage.LoadAsync(client, url);
        return await page.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Model.Email"] = email,
            ["Model.Password"] = password,
        });
    }
}
