using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed partial class OrganisationTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private string MailFolder => Path.Combine(Host.DataPath, "mail");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }

    [Fact]
    public async Task a_person_founds_an_organisation_with_the_form_invites_by_mail_and_the_invitee_joins_with_the_link()
    {
        await People.CreateAsync(Host, "vorstand@beispiel.de");
        await People.CreateAsync(Host, "helga@beispiel.de");
        await People.SignInAsync(Client, "vorstand@beispiel.de");
        var form = await GetPageAsync("/organisationen/neu");

        var created = await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.Name"] = "Nachbarschaftshilfe Höchberg",
            ["Model.Kind"] = "club",
            ["Model.MunicipalityAgs"] = Personas.Hoechberg,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detail = await GetPageAsync(created.Headers.Location!.PathAndQuery);
        Assert.Equal("Nachbarschaftshilfe Höchberg", detail.H1);
        var invited = await detail.SubmitAsync(Client, "form:has(input[name='Invite.Email'])", new Dictionary<string, string> { ["Invite.Email"] = "helga@beispiel.de" });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(MailFolder)));
        var link = LinkPattern().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal));
        Assert.True(link.Success, mail);
        using var helga = Host.CreateBrowserClient();
        var anonymous = await helga.GetAsync(new Uri(link.Value, UriKind.Relative));
        Assert.Equal("/anmelden", anonymous.Headers.Location!.AbsolutePath);
        await People.SignInAsync(helga, "helga@beispiel.de");
        var invitation = await HtmlPage.LoadAsync(helga, link.Value);
        var joined = await invitation.SubmitAsync(helga, "main form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        var mine = await helga.GetFromJsonAsync<JsonElement>(new Uri("/api/hub/organizations", UriKind.Relative));
        var item = Assert.Single(mine.EnumerateArray());
        Assert.Equal("member", item.GetProperty("role").GetString());
        var again = await HtmlPage.LoadAsync(helga, link.Value);
        Assert.Null(again.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task the_owner_hands_on_ownership_removes_members_and_cannot_leave_while_owner()
    {
        var owner = await People.CreateAsync(Host, "vorstand@beispiel.de");
        var helga = await People.CreateAsync(Host, "helga@beispiel.de");
        await People.SignInAsync(Client, "vorstand@beispiel.de");
        var id = await CreateAsync("Tafel Rimpar", "provider");
        await JoinAsync(id, "helga@beispiel.de");

        Assert.Equal(HttpStatusCode.Conflict, (await Client.PostAsync(new Uri($"/api/hub/organizations/{id}/leave", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Client.DeleteAsync(new Uri($"/api/hub/organizations/{id}/members/{owner.Id}", UriKind.Relative))).StatusCode);
        var transfer = await Client.PutAsJsonAsync(new Uri($"/api/hub/organizations/{id}/owner", UriKind.Relative), new { personId = helga.Id });
        Assert.Equal(HttpStatusCode.NoContent, transfer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.DeleteAsync(new Uri($"/api/hub/organizations/{id}/members/{helga.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsync(new Uri($"/api/hub/organizations/{id}/leave", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync(new Uri($"/api/hub/organizations/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task an_organisation_without_a_name_or_kind_is_a_validation_problem_and_an_unknown_one_is_not_found()
    {
        await People.CreateAsync(Host, "vorstand@beispiel.de");
        await People.SignInAsync(Client, "vorstand@beispiel.de");

        var response = await Client.PostAsJsonAsync(new Uri("/api/hub/organizations", UriKind.Relative), new { name = " ", kind = "firma" });
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("Name", out _));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("Kind", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri($"/api/hub/organizations/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsJsonAsync(new Uri("/api/hub/organizations/invitations/accept", UriKind.Relative), new { code = "erfunden" })).StatusCode);
    }

    [Fact]
    public async Task an_invitation_link_works_only_for_the_account_with_the_invited_address()
    {
        await People.CreateAsync(Host, "vorstand@beispiel.de");
        await People.CreateAsync(Host, "helga@beispiel.de");
        await People.CreateAsync(Host, "mallory@beispiel.de");
        await People.SignInAsync(Client, "vorstand@beispiel.de");
        var id = await CreateAsync("Tafel Rimpar", "provider");
        var invited = await Client.PostAsJsonAsync(new Uri($"/api/hub/organizations/{id}/invitations", UriKind.Relative), new { email = "Helga@Beispiel.de" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var mail = await File.ReadAllTextAsync(Directory.GetFiles(MailFolder).Single());
        var code = LinkPattern().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal)).Groups["code"].Value;
        using var mallory = Host.CreateBrowserClient();
        await People.SignInAsync(mallory, "mallory@beispiel.de");

        var page = await HtmlPage.LoadAsync(mallory, "/organisationen/einladung?code=" + code);
        var api = await mallory.PostAsJsonAsync(new Uri("/api/hub/organizations/invitations/accept", UriKind.Relative), new { code });
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        using var helga = Host.CreateBrowserClient();
        await People.SignInAsync(helga, "helga@beispiel.de");
        var accepted = await helga.PostAsJsonAsync(new Uri("/api/hub/organizations/invitations/accept", UriKind.Relative), new { code });

        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Contains("andere E-Mail-Adresse", page.Document.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("andere E-Mail-Adresse", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Empty((await mallory.GetFromJsonAsync<JsonElement>(new Uri("/api/hub/organizations", UriKind.Relative))).EnumerateArray());
    }

    private async Task<Guid> CreateAsync(string name, string kind)
    {
        var response = await Client.PostAsJsonAsync(new Uri("/api/hub/organizations", UriKind.Relative), new { name, kind });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task JoinAsync(Guid organisation, string email)
    {
        var invited = await Client.PostAsJsonAsync(new Uri($"/api/hub/organizations/{organisation}/invitations", UriKind.Relative), new { email });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var mail = await File.ReadAllTextAsync(Directory.GetFiles(MailFolder).Single());
        var code = LinkPattern().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal)).Groups["code"].Value;
        using var member = Host.CreateBrowserClient();
        await People.SignInAsync(member, email);
        var accepted = await member.PostAsJsonAsync(new Uri("/api/hub/organizations/invitations/accept", UriKind.Relative), new { code });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Directory.Delete(MailFolder, recursive: true);
    }

    [GeneratedRegex(@"/organisationen/einladung\?code=(?<code>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
