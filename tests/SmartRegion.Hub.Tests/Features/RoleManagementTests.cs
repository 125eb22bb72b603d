using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Audit;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.Hub.Tests.Features;

public sealed class RoleManagementTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task a_region_admin_grants_a_municipality_admin_with_the_form_and_the_audit_log_records_it()
    {
        var erika = await People.CreateAsync(Host, "erika@beispiel.de");
        await Personas.SignInAsync(Host, Client, RegionAdmin);
        var form = await GetPageAsync("/verwaltung/rollen/vergeben");

        var response = await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.Email"] = "erika@beispiel.de",
            ["Model.Role"] = "municipality-admin",
            ["Model.MunicipalityAgs"] = Hoechberg,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verwaltung/rollen", response.Headers.Location!.AbsolutePath);
        var list = await GetPageAsync(response.Headers.Location.PathAndQuery);
        Assert.Contains("erika@beispiel.de", list.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector("[role=status]"));
        await using var scope = Host.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<HubDb>().Set<AuditEntry>().SingleAsync(e => e.Action == "roles.granted");
        Assert.Equal(erika.Id.ToString(), entry.RecordId);
        Assert.Equal(Hoechberg, entry.MunicipalityAgs);
    }

    [Fact]
    public async Task the_granted_person_signs_in_with_the_new_role_and_reaches_the_role_administration()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        await Personas.SignInAsync(Host, Client, RegionAdmin);
        await GrantAsync(Client, "erika@beispiel.de", "municipality-admin", Rimpar, HttpStatusCode.Created);
        using var erika = Host.CreateBrowserClient();

        await People.SignInAsync(erika, "erika@beispiel.de");
        var page = await HtmlPage.LoadAsync(erika, "/verwaltung/rollen");
        var account = await HtmlPage.LoadAsync(erika, "/konto");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("erika@beispiel.de", page.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(account.Document.QuerySelector("a[href='/verwaltung/rollen']"));
    }

    [Fact]
    public async Task a_municipality_admin_lists_only_the_roles_of_their_own_municipality()
    {
        await People.CreateAsync(Host, "hoechberg@beispiel.de", roles: (HubRoles.Staff, Hoechberg));
        await People.CreateAsync(Host, "rimpar@beispiel.de", roles: (HubRoles.Staff, Rimpar));
        await Personas.SignInAsync(Host, Client, AdminHoechberg);

        var items = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/hub/role-assignments", UriKind.Relative));
        var page = await GetPageAsync("/verwaltung/rollen");

        var emails = items.EnumerateArray().Select(i => i.GetProperty("email").GetString()).ToList();
        Assert.Contains("hoechberg@beispiel.de", emails);
        Assert.DoesNotContain("rimpar@beispiel.de", emails);
        Assert.DoesNotContain("rimpar@beispiel.de", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal([Hoechberg], page.Document.QuerySelectorAll("#feld-gemeinde option").Select(o => o.GetAttribute("value")).Where(v => v != ""));
    }

    [Fact]
    public async Task a_municipality_admin_cannot_grant_a_municipality_admin_even_for_their_own_municipality()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        await Personas.SignInAsync(Host, Client, AdminHoechberg);

        await GrantAsync(Client, "erika@beispiel.de", "municipality-admin", Hoechberg, HttpStatusCode.Forbidden);
        await GrantAsync(Client, "erika@beispiel.de", "region-admin", null, HttpStatusCode.Forbidden);
        await GrantAsync(Client, "erika@beispiel.de", "moderator", Hoechberg, HttpStatusCode.Created);
    }

    [Fact]
    public async Task an_unknown_address_gets_a_clear_message_on_the_form_and_in_the_api()
    {
        await Personas.SignInAsync(Host, Client, AdminHoechberg);
        var form = await GetPageAsync("/verwaltung/rollen/vergeben");

        var page = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.Email"] = "niemand@beispiel.de",
            ["Model.Role"] = "staff",
            ["Model.MunicipalityAgs"] = Hoechberg,
        }), "/verwaltung/rollen/vergeben");
        using var api = await GrantAsync(Client, "niemand@beispiel.de", "staff", Hoechberg, HttpStatusCode.BadRequest);

        var error = Assert.Single(page.ErrorSummaryLinks());
        Assert.Equal("Zu dieser E-Mail-Adresse gibt es kein Konto. Die Person muss sich zuerst registrieren.", error.Text);
        Assert.Equal("feld-email", error.Target);
        Assert.True(api.RootElement.GetProperty("errors").TryGetProperty("Email", out _));
    }

    [Fact]
    public async Task missing_role_and_municipality_are_validation_problems()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        await Personas.SignInAsync(Host, Client, RegionAdmin);

        using var problem = await GrantAsync(Client, "erika@beispiel.de", "chef", null, HttpStatusCode.BadRequest);
        using var noPlace = await GrantAsync(Client, "erika@beispiel.de", "staff", "99999999", HttpStatusCode.BadRequest);

        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("Role", out _));
        Assert.True(noPlace.RootElement.GetProperty("errors").TryGetProperty("MunicipalityAgs", out _));
    }

    [Fact]
    public async Task granting_a_role_twice_is_a_conflict()
    {
        await People.CreateAsync(Host, "erika@beispiel.de", roles: (HubRoles.Staff, Hoechberg));
        await Personas.SignInAsync(Host, Client, AdminHoechberg);

        await GrantAsync(Client, "erika@beispiel.de", "staff", Hoechberg, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task a_region_admin_cannot_revoke_their_own_region_admin_role()
    {
        await Personas.SignInAsync(Host, Client, RegionAdmin);
        var own = await IdOfAsync(Email(RegionAdmin));

        var response = await Client.DeleteAsync(new Uri($"/api/hub/role-assignments/{own}", UriKind.Relative));
        var page = await GetPageAsync($"/verwaltung/rollen/{own}/entziehen");
        var after = await HtmlPage.FromAsync(await page.SubmitAsync(Client, "main form", new Dictionary<string, string>()), page.Url);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("nicht selbst entziehen", Assert.Single(after.ErrorSummaryLinks()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task revoking_through_the_confirmation_page_removes_the_role_and_is_audited()
    {
        var erika = await People.CreateAsync(Host, "erika@beispiel.de", roles: (HubRoles.Moderator, Hoechberg));
        await Personas.SignInAsync(Host, Client, AdminHoechberg);
        var id = await IdOfAsync("erika@beispiel.de");
        var page = await GetPageAsync($"/verwaltung/rollen/{id}/entziehen");

        var response = await page.SubmitAsync(Client, "main form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync(new Uri($"/api/hub/role-assignments/{id}", UriKind.Relative))).StatusCode);
        await using var scope = Host.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<HubDb>().Set<AuditEntry>().SingleAsync(e => e.Action == "roles.revoked");
        Assert.Equal(erika.Id.ToString(), entry.RecordId);
        Assert.Contains("moderator", entry.Details, StringComparison.Ordinal);
    }

    private async Task<Guid> IdOfAsync(string email)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var person = await db.Users.SingleAsync(p => p.Email == email);
        return await db.Set<RoleAssignment>().Where(r => r.PersonId == person.Id).Select(r => r.Id).SingleAsync();
    }

    private static async Task<JsonDocument> GrantAsync(HttpClient client, string email, string role, string? ags, HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync(new Uri("/api/hub/role-assignments", UriKind.Relative), new { email, role, municipalityAgs = ags });
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync() is { Length: > 0 } body ? body : "{}");
    }
}
