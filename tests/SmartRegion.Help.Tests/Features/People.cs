using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

/// <summary>The people the help directory's tests sign in as, each with a real account and the real sign-in form.</summary>
internal static class People
{
    public const string Password = "ein langes Passwort 2026";
    public const string Hoechberg = "09679147";
    public const string Rimpar = "09679180";

    public const string Anonymous = "anonymous";
    public const string Resident = "resident";
    public const string StaffHoechberg = "staff-hoechberg";
    public const string AdminHoechberg = "admin-hoechberg";
    public const string RegionAdmin = "region-admin";
    public const string OtherRegionAdmin = "other-region-admin";

    /// <summary>Creates the persona's account and signs the client in; anonymous stays signed out.</summary>
    public static async Task SignInAsync(SmartRegionHost host, HttpClient client, string persona)
    {
        (HubRole Role, string? Ags)[] roles = persona switch
        {
            Anonymous or Resident => [],
            StaffHoechberg => [(HubRole.Staff, Hoechberg)],
            AdminHoechberg => [(HubRole.MunicipalityAdmin, Hoechberg)],
            RegionAdmin or OtherRegionAdmin => [(HubRole.RegionAdmin, null)],
            _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, null),
        };
        if (persona == Anonymous)
        {
            return;
        }

        var email = persona + "@beispiel.de";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
            var person = new Person { UserName = email, Email = email, EmailConfirmed = true, DisplayName = persona, CreatedAt = DateTimeOffset.UtcNow };
            var result = await users.CreateAsync(person, Password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            var db = scope.ServiceProvider.GetRequiredService<HubDb>();
            foreach (var (role, ags) in roles)
            {
                db.RoleAssignments.Add(RoleAssignment.Grant(person.Id, role, ags, null, DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        var page = await HtmlPage.LoadAsync(client, "/anmelden");
        var response = await page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Model.Email"] = email, ["Model.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
