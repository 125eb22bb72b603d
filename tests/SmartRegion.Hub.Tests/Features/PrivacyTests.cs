using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Organisations;
using SmartRegion.Hub.Roles;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class PrivacyTests(PrivacyHost host) : IntegrationTest<PrivacyHost>(host), IClassFixture<PrivacyHost>
{
    [Fact]
    public async Task the_export_holds_profile_roles_and_every_module_s_part_but_no_secrets()
    {
        var person = await People.CreateAsync(Host, "erika@beispiel.de", roles: (HubRoles.Staff, "09679147"));
        var stored = await StoredAsync(person.Id);
        Host.OtherModuleData[person.Id] = "Notiz aus einem anderen Bereich";
        await People.SignInAsync(Client, "erika@beispiel.de");

        var response = await Client.GetAsync(new Uri("/api/hub/me/data", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var sections = json.RootElement.GetProperty("sections");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("erika@beispiel.de", sections.GetProperty("hub").GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal("09679147", sections.GetProperty("hub").GetProperty("roles")[0].GetProperty("municipalityAgs").GetString());
        Assert.Equal("Notiz aus einem anderen Bereich", sections.GetProperty("other-module").GetProperty("note").GetString());
        Assert.DoesNotContain("PasswordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(stored.PasswordHash!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.SecurityStamp!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_export_needs_a_signed_in_person()
    {
        var api = await Client.GetAsync(new Uri("/api/hub/me/data", UriKind.Relative));
        var page = await Client.GetAsync(new Uri("/konto/meine-daten", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task a_wrong_password_or_a_missing_confirmation_deletes_nothing()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        await People.SignInAsync(Client, "erika@beispiel.de");
        var page = await GetPageAsync("/konto/meine-daten");

        var unconfirmed = await HtmlPage.FromAsync(
            await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.Password"] = People.Password }), "/konto/meine-daten");
        var wrongPassword = await HtmlPage.FromAsync(
            await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.Password"] = "falsch falsch falsch", ["Model.Confirm"] = "true" }), "/konto/meine-daten");

        Assert.StartsWith("Fehler: ", unconfirmed.Title, StringComparison.Ordinal);
        Assert.Equal("feld-confirm", Assert.Single(unconfirmed.ErrorSummaryLinks()).Target);
        Assert.Equal(("Das Passwort stimmt nicht.", "feld-password"), Assert.Single(wrongPassword.ErrorSummaryLinks()));
        Assert.Equal(1, await CountPeopleAsync());
    }

    [Fact]
    public async Task deleting_the_account_removes_the_person_and_every_module_forgets_them_within_one_outbox_cycle()
    {
        var person = await People.CreateAsync(Host, "erika@beispiel.de", roles: (HubRoles.Moderator, "09679180"));
        Host.OtherModuleData[person.Id] = "wird vergessen";
        await People.SignInAsync(Client, "erika@beispiel.de");
        var page = await GetPageAsync("/konto/meine-daten");

        var response = await page.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.Password"] = People.Password,
            ["Model.Confirm"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto-geloescht", response.Headers.Location?.AbsolutePath);
        Assert.Equal(0, await CountPeopleAsync());
        Assert.Equal(0, await WithHubAsync(db => db.RoleAssignments.CountAsync()));
        Assert.True(Host.OtherModuleData.ContainsKey(person.Id));

        await Host.DispatchOutboxAsync();

        Assert.False(Host.OtherModuleData.ContainsKey(person.Id));
        Assert.Equal(0, await WithHubAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.ProcessedAt == null)));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task the_api_deletes_the_account_after_checking_the_password()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        await People.SignInAsync(Client, "erika@beispiel.de");

        var wrong = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/hub/me") { Content = JsonContent.Create(new { password = "nein", confirm = true }) });
        var right = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/hub/me") { Content = JsonContent.Create(new { password = People.Password, confirm = true }) });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(0, await CountPeopleAsync());
    }

    [Fact]
    public async Task an_owner_s_organisation_passes_to_its_longest_member_and_a_lone_owner_s_organisation_ends()
    {
        var owner = await People.CreateAsync(Host, "vorstand@beispiel.de");
        var member = await People.CreateAsync(Host, "mitglied@beispiel.de");
        var (club, solo) = await WithHubAsync(async db =>
        {
            var club = Organisation.Create("Sportverein Rimpar", OrganisationKind.Club, "09679180", owner.Id, DateTimeOffset.UtcNow.AddDays(-10));
            club.Join(member.Id, DateTimeOffset.UtcNow.AddDays(-5));
            var solo = Organisation.Create("Einzelprojekt", OrganisationKind.Provider, null, owner.Id, DateTimeOffset.UtcNow);
            db.AddRange(club, solo);
            await db.SaveChangesAsync();
            return (club.Id, solo.Id);
        });
        await People.SignInAsync(Client, "vorstand@beispiel.de");
        using (var export = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/hub/me/data", UriKind.Relative))))
        {
            var organisations = export.RootElement.GetProperty("sections").GetProperty("hub").GetProperty("organisations");
            Assert.Equal(2, organisations.GetArrayLength());
        }

        var deleted = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/hub/me") { Content = JsonContent.Create(new { password = People.Password, confirm = true }) });

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var remaining = await WithHubAsync(db => db.Set<Organisation>().Include(o => o.Members).ToListAsync());
        var kept = Assert.Single(remaining);
        Assert.Equal(club, kept.Id);
        Assert.Equal(member.Id, kept.OwnerId);
        Assert.DoesNotContain(remaining, o => o.Id == solo);
    }

    private Task<int> CountPeopleAsync() => WithHubAsync(db => db.Users.CountAsync());

    private async Task<T> WithHubAsync<T>(Func<HubDb, Task<T>> action)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<HubDb>());
    }

    // The account as stored, with the secrets the export must leave out.
    private async Task<Person> StoredAsync(Guid id)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().FindByIdAsync(id.ToString()))!;
    }
}
