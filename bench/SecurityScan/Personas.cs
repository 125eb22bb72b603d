using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using SmartRegion.Hub.Contracts;

namespace SmartRegion.Bench.SecurityScan;

/// <summary>One role the scan signs in as, and the municipality its role is scoped to.</summary>
internal sealed record Persona(string Name, string? Role, string? Ags, bool Provider = false)
{
    public string Email => Name + "@scan.smarte-region.invalid";

    /// <summary>Least privilege first: a form seen by several personas is attacked as the first that sees it.</summary>
    public static readonly Persona[] All =
    [
        new("anonymous", null, null),
        new("resident", null, null),
        new("provider", null, null, Provider: true),
        new("staff", HubRoles.Staff, Hoechberg),
        new("moderator", HubRoles.Moderator, Hoechberg),
        new("municipality-admin", HubRoles.MunicipalityAdmin, Hoechberg),
        new("region-admin", HubRoles.RegionAdmin, null),
    ];

    public const string Hoechberg = "09679147";

    /// <summary>The HSDS organization of the demo offers („Nachbarschaftshilfe Höchberg“) the provider keeps.</summary>
    public const string HoechbergOrganization = "7b0e13e4-87a9-4047-b617-b05c8791fedc";

    public const string Password = "ein langes Scan-Passwort 2026";
}

/// <summary>
/// Makes the personas through the platform's own doors, as its tests do: registration and the mailed confirmation
/// link, roles granted by the demo region admin through the Hub's API, a provider organisation linked by staff.
/// </summary>
internal static partial class PersonaSetup
{
    public static async Task<Dictionary<string, Session>> SignInAllAsync(ScanHost host, string dataPath)
    {
        var admin = await DemoAdminAsync(host, dataPath);
        var sessions = new Dictionary<string, Session>();
        foreach (var persona in Persona.All)
        {
            if (persona.Name == "anonymous")
            {
                var anonymous = new Session(host.Origin);
                await anonymous.RefreshTokenAsync();
                sessions[persona.Name] = anonymous;
                continue;
            }

            if (persona.Role == HubRoles.RegionAdmin)
            {
                sessions[persona.Name] = admin;
                continue;
            }

            await RegisterAsync(host, persona.Email);
            if (persona.Role is not null)
            {
                var granted = await admin.Client.PostAsJsonAsync("/api/hub/role-assignments",
                    new { email = persona.Email, role = persona.Role, municipalityAgs = persona.Ags });
                Expect(granted, HttpStatusCode.Created, "granting " + persona.Role);
            }

            var session = new Session(host.Origin);
            await session.SignInAsync(persona.Email, Persona.Password);
            if (persona.Provider)
            {
                var founded = await session.Client.PostAsJsonAsync("/api/hub/organizations", new { name = "Nachbarschaftshilfe Höchberg e.V.", kind = "provider" });
                Expect(founded, HttpStatusCode.Created, "founding the provider organisation");
                var id = (await founded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                var linked = await admin.Client.PutAsJsonAsync($"/api/help/organizations/{Persona.HoechbergOrganization}/hub-organisation",
                    new { hubOrganisationId = id.ToString() });
                Expect(linked, HttpStatusCode.OK, "linking the provider");
            }

            sessions[persona.Name] = session;
        }

        return sessions;
    }

    private static async Task<Session> DemoAdminAsync(ScanHost host, string dataPath)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(dataPath, "demo-zugang.txt"));
        var email = lines.Single(l => l.StartsWith("E-Mail: ", StringComparison.Ordinal))["E-Mail: ".Length..];
        var password = lines.Single(l => l.StartsWith("Passwort: ", StringComparison.Ordinal))["Passwort: ".Length..];
        var session = new Session(host.Origin);
        await session.SignInAsync(email, password);
        return session;
    }

    private static async Task RegisterAsync(ScanHost host, string email)
    {
        using var client = new HttpClient { BaseAddress = new Uri(host.Origin) };
        var registered = await client.PostAsJsonAsync("/api/hub/registrations",
            new { displayName = email.Split('@')[0], email, password = Persona.Password, consent = true });
        Expect(registered, HttpStatusCode.Accepted, "registering " + email);
        var mail = host.Mail.LastTo(email) ?? throw new InvalidOperationException("No confirmation mail to " + email);
        var link = new Uri(Link().Matches(mail.TextBody).Select(m => m.Value).First(l => l.Contains("/registrieren/bestaetigen", StringComparison.Ordinal)));
        var query = QueryHelpers.ParseQuery(link.Query);
        var confirmed = await client.PostAsJsonAsync("/api/hub/registrations/confirmation",
            new { person = query["person"].ToString(), code = query["code"].ToString() });
        Expect(confirmed, HttpStatusCode.NoContent, "confirming " + email);
    }

    internal static void Expect(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
        }
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
