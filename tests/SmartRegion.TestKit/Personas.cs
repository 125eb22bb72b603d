using SmartRegion.Hub.Contracts;

namespace SmartRegion.TestKit;

/// <summary>
/// The named people of the region that tests sign in as: a resident, staff, moderators and admins of Höchberg and Rimpar,
/// and region admins. Each has a real account (<c>persona@beispiel.de</c>, <see cref="People.Password"/>) made on first use,
/// and signs in through the real form; <see cref="Anonymous"/> stays signed out.
/// </summary>
public static class Personas
{
    public const string Hoechberg = "09679147";
    public const string Rimpar = "09679180";

    public const string Anonymous = "anonymous";
    public const string Resident = "resident";
    public const string StaffHoechberg = "staff-hoechberg";
    public const string StaffRimpar = "staff-rimpar";
    public const string ModeratorHoechberg = "moderator-hoechberg";
    public const string AdminHoechberg = "admin-hoechberg";
    public const string AdminRimpar = "admin-rimpar";
    public const string RegionAdmin = "region-admin";

    /// <summary>A second region admin, for checks between two people of the same reach.</summary>
    public const string OtherRegionAdmin = "other-region-admin";

    public static string Email(string persona) => persona + "@beispiel.de";

    /// <summary>The roles the persona holds, each with the municipality it applies to.</summary>
    public static (string Role, string? Ags)[] Roles(string persona) => persona switch
    {
        Anonymous or Resident => [],
        StaffHoechberg => [(HubRoles.Staff, Hoechberg)],
        StaffRimpar => [(HubRoles.Staff, Rimpar)],
        ModeratorHoechberg => [(HubRoles.Moderator, Hoechberg)],
        AdminHoechberg => [(HubRoles.MunicipalityAdmin, Hoechberg)],
        AdminRimpar => [(HubRoles.MunicipalityAdmin, Rimpar)],
        RegionAdmin or OtherRegionAdmin => [(HubRoles.RegionAdmin, null)],
        _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, "Not a persona of the kit."),
    };

    /// <summary>The persona's account, opened on first use; null for <see cref="Anonymous"/>.</summary>
    public static async Task<TestPerson?> EnsureAsync(SmartRegionHost host, string persona)
    {
        var roles = Roles(persona);
        return persona == Anonymous ? null : await People.EnsureAsync(host, Email(persona), roles);
    }

    /// <summary>Opens the persona's account if needed and signs the client in; anonymous stays signed out.</summary>
    public static async Task SignInAsync(SmartRegionHost host, HttpClient client, string persona)
    {
        if (await EnsureAsync(host, persona) is { } person)
        {
            await People.SignInSucceedsAsync(client, person.Email);
        }
    }

    /// <summary>A new client of the host, signed in as the persona.</summary>
    public static async Task<HttpClient> SignedInClientAsync(SmartRegionHost host, string persona)
    {
        ArgumentNullException.ThrowIfNull(host);
        var client = host.CreateBrowserClient();
        await SignInAsync(host, client, persona);
        return client;
    }
}
