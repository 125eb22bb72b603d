using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>
/// Who reaches which protected part of the Hub: each row is one API route or page, each column one persona
/// (anonymous, resident, staff / moderator / admin of Höchberg, admin of Rimpar, region admin). API cells are
/// status codes; page cells are <c>200</c>, <c>login</c> (sent to the sign-in form) or <c>403</c> (sent to the
/// access-denied page).
/// </summary>
public sealed class AuthorizationMatrixTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    /// <summary>The column order of the matrix.</summary>
    private static readonly string[] All = [Anonymous, Resident, StaffHoechberg, ModeratorHoechberg, AdminHoechberg, AdminRimpar, RegionAdmin];

    //                                                                anon   resid  staffH modH   admH   admR   region
    private static readonly (string Endpoint, string Expected)[] Matrix =
    [
        ("GET /api/hub/barrier-reports",                              "401    403    403    403    403    403    200"),
        ("PAGE /verwaltung/barrieren",                                "login  403    403    403    403    403    200"),
        ("GET /api/hub/dropped-mails",                                "401    403    403    403    403    403    200"),
        ("PAGE /verwaltung/mails",                                    "login  403    403    403    403    403    200"),
        ("GET /api/hub/audit-entries",                                "401    403    403    403    403    403    200"),
        ("PAGE /verwaltung/protokoll",                                "login  403    403    403    403    403    200"),
        ("GET /api/hub/role-assignments",                             "401    403    403    403    200    200    200"),
        ("GET /api/hub/role-assignments?municipality=09679147",       "401    403    403    403    200    403    200"),
        ("GET /api/hub/role-assignments?municipality=09679180",       "401    403    403    403    403    200    200"),
        ("POST /api/hub/role-assignments staff@09679147",             "401    403    403    403    201    403    201"),
        ("POST /api/hub/role-assignments staff@09679180",             "401    403    403    403    403    201    201"),
        ("POST /api/hub/role-assignments municipality-admin@09679147", "401    403    403    403    403    403    201"),
        ("DELETE /api/hub/role-assignments/{hoechberg}",              "401    403    403    403    204    403    204"),
        ("DELETE /api/hub/role-assignments/{rimpar}",                 "401    403    403    403    403    204    204"),
        ("PAGE /verwaltung/rollen",                                   "login  403    403    403    200    200    200"),
        ("PAGE /verwaltung/rollen?gemeinde=09679180",                 "login  403    403    403    403    200    200"),
        ("PAGE /verwaltung/rollen/vergeben",                          "login  403    403    403    200    200    200"),
        ("PAGE /verwaltung/rollen/{hoechberg}/entziehen",             "login  403    403    403    200    403    200"),
        ("PAGE /verwaltung/rollen/{rimpar}/entziehen",                "login  403    403    403    403    200    200"),
        ("GET /api/hub/organizations",                                "401    200    200    200    200    200    200"),
        ("PAGE /organisationen",                                      "login  200    200    200    200    200    200"),
        ("PAGE /organisationen/neu",                                  "login  200    200    200    200    200    200"),
        ("GET /api/hub/organizations/{organisation}",                 "401    403    403    403    403    403    403"),
        ("PAGE /organisationen/{organisation}",                       "login  403    403    403    403    403    403"),
    ];

    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (endpoint, expected) in Matrix)
        {
            var cells = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(All.Length, cells.Length);
            for (var i = 0; i < All.Length; i++)
            {
                data.Add(endpoint, All[i], cells[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task each_persona_gets_the_expected_answer_from_each_protected_endpoint(string endpoint, string persona, string expected)
    {
        var ids = await ArrangeAsync();
        await Personas.SignInAsync(Host, Client, persona);
        var (verb, rest) = (endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)], endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var parts = rest.Split(' ');
        var url = parts[0].Replace("{hoechberg}", ids.Hoechberg.ToString(), StringComparison.Ordinal)
            .Replace("{rimpar}", ids.Rimpar.ToString(), StringComparison.Ordinal)
            .Replace("{organisation}", ids.Organisation.ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(verb == "PAGE" ? HttpMethod.Get : new HttpMethod(verb), new Uri(url, UriKind.Relative));
        if (parts.Length > 1)
        {
            var (role, ags) = (parts[1].Split('@')[0], parts[1].Split('@')[1]);
            request.Content = JsonContent.Create(new { email = "ziel@beispiel.de", role, municipalityAgs = ags });
        }

        using var response = await Client.SendAsync(request);

        var actual = verb != "PAGE" || response.StatusCode != HttpStatusCode.Redirect
            ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : response.Headers.Location!.AbsolutePath switch
            {
                "/anmelden" => "login",
                "/fehler/403" => "403",
                var other => "redirect " + other,
            };
        Assert.Equal(expected, actual);
    }

    /// <summary>A person with staff roles in Höchberg and Rimpar (the records to revoke) and an organisation they own.</summary>
    private async Task<(Guid Hoechberg, Guid Rimpar, Guid Organisation)> ArrangeAsync()
    {
        var target = await People.CreateAsync(Host, "ziel@beispiel.de");
        var other = await People.CreateAsync(Host, "andere@beispiel.de");
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var hoechberg = RoleAssignment.Grant(other.Id, HubRole.Moderator, Hoechberg, null, DateTimeOffset.UtcNow);
        var rimpar = RoleAssignment.Grant(other.Id, HubRole.Moderator, Rimpar, null, DateTimeOffset.UtcNow);
        db.AddRange(hoechberg, rimpar);
        var organisation = Organisations.Organisation.Create("Nachbarschaftshilfe Höchberg", Organisations.OrganisationKind.Club, Hoechberg, target.Id, DateTimeOffset.UtcNow);
        db.Add(organisation);
        await db.SaveChangesAsync();
        return (hoechberg.Id, rimpar.Id, organisation.Id);
    }
}
