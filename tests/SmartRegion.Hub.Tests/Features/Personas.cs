using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>The people the authorization tests sign in as, each with a real account and the real sign-in form.</summary>
internal static class Personas
{
    public const string Hoechberg = "09679147";
    public const string Rimpar = "09679180";

    public const string Anonymous = "anonymous";
    public const string Resident = "resident";
    public const string StaffHoechberg = "staff-hoechberg";
    public const string ModeratorHoechberg = "moderator-hoechberg";
    public const string AdminHoechberg = "admin-hoechberg";
    public const string AdminRimpar = "admin-rimpar";
    public const string RegionAdmin = "region-admin";

    /// <summary>The column order of the authorization matrix.</summary>
    public static readonly string[] All = [Anonymous, Resident, StaffHoechberg, ModeratorHoechberg, AdminHoechberg, AdminRimpar, RegionAdmin];

    public static string Email(string persona) => persona + "@beispiel.de";

    /// <summary>Creates the persona's account and signs the client in; anonymous stays signed out.</summary>
    public static async Task SignInAsync(SmartRegionHost host, HttpClient client, string persona)
    {
        (HubRole, string?)[] roles = persona switch
        {
            Anonymous => [],
            Resident => [],
            StaffHoechberg => [(HubRole.Staff, Hoechberg)],
            ModeratorHoechberg => [(HubRole.Moderator, Hoechberg)],
            AdminHoechberg => [(HubRole.MunicipalityAdmin, Hoechberg)],
            AdminRimpar => [(HubRole.MunicipalityAdmin, Rimpar)],
            RegionAdmin => [(HubRole.RegionAdmin, null)],
            _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, null),
        };
        if (persona == Anonymous)
        {
            return;
        }

        await People.CreateAsync(host, Email(persona), roles: roles);
        var response = await People.SignInAsync(client, Email(persona));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
