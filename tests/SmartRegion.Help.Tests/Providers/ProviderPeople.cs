using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Providers;

/// <summary>
/// The people of the provider and staff tests, made through the platform's own doors: registration with the mailed
/// confirmation link, the TestKit's sign-in through the real form, roles granted by the demo region admin through the Hub's API, and a
/// provider organisation founded through the Hub's API and linked to an HSDS organization of the demo offers.
/// </summary>
internal static class ProviderPeople
{
    public const string Password = People.Password;
    public const string Hoechberg = Personas.Hoechberg;
    public const string Rimpar = Personas.Rimpar;

    /// <summary>Nachbarschaftshilfe Höchberg: offered in Höchberg only.</summary>
    public const string HoechbergService = "51ab4d43-797c-4933-888c-96b89d627a82";

    /// <summary>The HSDS organization behind <see cref="HoechbergService"/>.</summary>
    public const string HoechbergOrganization = "7b0e13e4-87a9-4047-b617-b05c8791fedc";

    public static async Task RegisterAsync(ProviderHost host, string email)
    {
        using var client = host.CreateBrowserClient();
        var registered = await client.PostAsJsonAsync(new Uri("/api/hub/registrations", UriKind.Relative),
            new { displayName = email.Split('@')[0], email, password = Password, consent = true });
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        var query = QueryHelpers.ParseQuery(host.Mail.LinkTo(email, "/registrieren/bestaetigen").Query);
        var confirmed = await client.PostAsJsonAsync(new Uri("/api/hub/registrations/confirmation", UriKind.Relative),
            new { person = query["person"].ToString(), code = query["code"].ToString() });
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
    }

    /// <summary>A signed-in client for a new person; <paramref name="roles"/> are granted before the sign-in.</summary>
    public static async Task<HttpClient> SignedInAsync(ProviderHost host, string email, params (string Role, string Ags)[] roles)
    {
        await RegisterAsync(host, email);
        if (roles.Length > 0)
        {
            using var admin = await DemoAdminAsync(host);
            foreach (var (role, ags) in roles)
            {
                var granted = await admin.PostAsJsonAsync(new Uri("/api/hub/role-assignments", UriKind.Relative), new { email, role, municipalityAgs = ags });
                Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
            }
        }

        var client = host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, email);
        return client;
    }

    public static async Task<HttpClient> DemoAdminAsync(ProviderHost host)
    {
        var file = await File.ReadAllLinesAsync(Path.Combine(host.DataPath, "demo-zugang.txt"));
        var email = file.Single(l => l.StartsWith("E-Mail: ", StringComparison.Ordinal))["E-Mail: ".Length..];
        var password = file.Single(l => l.StartsWith("Passwort: ", StringComparison.Ordinal))["Passwort: ".Length..];
        var client = host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, email, password);
        return client;
    }

    /// <summary>The signed-in person founds a provider organisation in the Hub; it is linked to <paramref name="hsdsOrganization"/>.</summary>
    public static async Task<Guid> FoundProviderAsync(ProviderHost host, HttpClient member, string hsdsOrganization = HoechbergOrganization)
    {
        var id = await FoundOrganisationAsync(member);
        await host.QueryAsync(async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == hsdsOrganization);
            organization.HubOrganisationId = id;
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>The signed-in person founds a provider organisation in the Hub, linked to nothing yet.</summary>
    public static async Task<Guid> FoundOrganisationAsync(HttpClient member)
    {
        var created = await member.PostAsJsonAsync(new Uri("/api/hub/organizations", UriKind.Relative), new { name = "Nachbarschaftshilfe Höchberg e.V.", kind = "provider" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
