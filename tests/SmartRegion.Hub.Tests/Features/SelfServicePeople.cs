using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Accounts;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>Registration through the real form, and a look at the stored account.</summary>
internal static class SelfServicePeople
{
    public const string Password = "mein sicheres Passwort";

    public static async Task<HttpResponseMessage> RegisterAsync(
        HttpClient client, string email, string password = Password, string name = "Erika Mustermann", string ags = "", bool consent = true)
    {
        var page = await HtmlPage.LoadAsync(client, "/registrieren");
        var values = new Dictionary<string, string>
        {
            ["Model.DisplayName"] = name,
            ["Model.Email"] = email,
            ["Model.Password"] = password,
            ["Model.HomeMunicipalityAgs"] = ags,
            // The form helper posts every checkbox it finds; a browser leaves an unticked one out, which binds as false.
            ["Model.Consent"] = consent ? "true" : "false",
        };
        return await page.SubmitAsync(client, "main form", values);
    }

    public static async Task<Person?> FindAsync(SmartRegionHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().FindByEmailAsync(email);
    }

    public static async Task<int> CountAsync(SmartRegionHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().Users.CountAsync();
    }
}
