using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class DroppedMailTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Admin = "region-admin";

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
    public async Task without_a_mail_server_sending_drops_an_eml_file_that_the_admin_page_lists_and_shows()
    {
        await SendAsync(new OutgoingMail("erika@beispiel.de", "Ihr Konto bei der Smarten Region", "Grüß Gott!\nBitte bestätigen Sie Ihr Konto.", "Erika Müller"));

        var file = Assert.Single(Directory.GetFiles(MailFolder));
        Assert.Matches(@"^[0-9]{8}T[0-9]{13}Z-[0-9a-f]{8}\.eml$", Path.GetFileName(file));
        var list = await PageAsync("/verwaltung/mails", Admin);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.NotNull(list.Document.QuerySelector(".kern-alert--info"));
        Assert.Contains("Modules__Hub__Mail__Host", list.Document.Body!.TextContent, StringComparison.Ordinal);
        var link = Assert.Single(list.Document.QuerySelectorAll("table a.kern-link"));
        Assert.Equal("Ihr Konto bei der Smarten Region", link.TextContent.Trim());
        Assert.Contains("erika@beispiel.de", list.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        var detail = await PageAsync(link.GetAttribute("href")!, Admin);
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Equal("Ihr Konto bei der Smarten Region", detail.H1);
        Assert.Contains("Bitte bestätigen Sie Ihr Konto.", detail.Document.QuerySelector(".sr-preserve-lines")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("noreply@smarte-region.invalid", detail.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_api_lists_dropped_mails_newest_first_and_shows_one_with_headers_and_text()
    {
        await SendAsync(new OutgoingMail("a@beispiel.de", "Erste", "eins"));
        await SendAsync(new OutgoingMail("b@beispiel.de", "Zweite", "zwei", HtmlBody: "<p>zwei</p>"));

        using var list = await JsonAsync("/api/hub/dropped-mails", HttpStatusCode.OK);
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Zweite", "Erste"], items.Select(i => i.GetProperty("subject").GetString()));
        Assert.Equal(2, list.RootElement.GetProperty("total").GetInt32());

        using var mail = await JsonAsync("/api/hub/dropped-mails/" + items[0].GetProperty("name").GetString(), HttpStatusCode.OK);
        Assert.Equal("zwei", mail.RootElement.GetProperty("textBody").GetString()!.Trim());
        Assert.Equal("<p>zwei</p>", mail.RootElement.GetProperty("htmlBody").GetString()!.Trim());
        Assert.Contains(mail.RootElement.GetProperty("headers").EnumerateArray(), h => h.GetProperty("name").GetString() == "Message-Id");
    }

    [Fact]
    public async Task every_look_at_dropped_mails_is_on_the_audit_record()
    {
        await SendAsync(new OutgoingMail("a@beispiel.de", "Link zum Zurücksetzen", "geheimer Link"));
        using var list = await JsonAsync("/api/hub/dropped-mails", HttpStatusCode.OK);
        var name = list.RootElement.GetProperty("items")[0].GetProperty("name").GetString()!;

        using var mail = await JsonAsync("/api/hub/dropped-mails/" + name, HttpStatusCode.OK);

        await using var scope = Host.Services.CreateAsyncScope();
        var reads = await scope.ServiceProvider.GetRequiredService<HubDb>().Set<SmartRegion.Hub.Audit.AuditEntry>()
            .Where(e => e.Action == "dropped-mails.read").ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.Contains(reads, e => e.RecordId == name);
        Assert.Contains(reads, e => e.Details != null && e.Details.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task markup_in_a_dropped_mail_is_shown_as_text_on_the_page()
    {
        await SendAsync(new OutgoingMail("c@beispiel.de", "<script>alert(1)</script>", "<b>fett</b>", HtmlBody: "<img src=x onerror=alert(1)>"));

        var name = Path.GetFileName(Assert.Single(Directory.GetFiles(MailFolder)));
        var page = await PageAsync("/verwaltung/mails/" + name, Admin);

        Assert.Equal("<script>alert(1)</script>", page.H1);
        Assert.Empty(page.Document.QuerySelectorAll("main script, main b, main img"));
        Assert.Contains("<b>fett</b>", page.Document.QuerySelector(".sr-preserve-lines")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task only_region_admins_read_dropped_mails()
    {
        await SendAsync(new OutgoingMail("d@beispiel.de", "Geheim", "nur für Admins"));
        var name = Path.GetFileName(Assert.Single(Directory.GetFiles(MailFolder)));

        foreach (var url in new[] { "/api/hub/dropped-mails", "/api/hub/dropped-mails/" + name })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(url, roles: null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(url, "resident")).StatusCode);
        }

        foreach (var url in new[] { "/verwaltung/mails", "/verwaltung/mails/" + name })
        {
            var anonymous = await SendAsync(url, roles: null);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/anmelden", anonymous.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
            var resident = await SendAsync(url, "resident");
            Assert.DoesNotContain("nur für Admins", await resident.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(resident.StatusCode == HttpStatusCode.Forbidden
                || resident.Headers.Location?.AbsolutePath == "/fehler/403", $"{url}: {resident.StatusCode} {resident.Headers.Location}");
        }
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("..%2Fsecret.eml")]
    [InlineData("%2E%2E%2Fsecret.eml")]
    [InlineData("../x")]
    [InlineData("..%5Csecret.eml")]
    [InlineData("secret.eml")]
    public async Task a_name_that_is_not_a_dropped_mail_is_refused_without_reading_outside_the_folder(string name)
    {
        await SendAsync(new OutgoingMail("e@beispiel.de", "Echt", "echt"));
        // A mail-shaped file beside the folder and a stray one inside: neither may ever be shown.
        var outside = "From: x@beispiel.de\r\nSubject: GEHEIM\r\n\r\nGEHEIM\r\n";
        await File.WriteAllTextAsync(Path.Combine(Host.DataPath, "secret.eml"), outside, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(MailFolder, "secret.eml"), outside, TestContext.Current.CancellationToken);

        var api = await SendAsync("/api/hub/dropped-mails/" + name, Admin);
        var page = await SendAsync("/verwaltung/mails/" + name, Admin);

        Assert.Contains(api.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("GEHEIM", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("GEHEIM", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_malformed_name_is_a_validation_problem_and_an_unknown_one_is_not_found()
    {
        var malformed = await SendAsync("/api/hub/dropped-mails/passwd", Admin);
        var unknown = await SendAsync("/api/hub/dropped-mails/20260101T0000000000000Z-00000000.eml", Admin);
        var unknownPage = await PageAsync("/verwaltung/mails/20260101T0000000000000Z-00000000.eml", Admin);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await malformed.Content.ReadAsStringAsync()))
        {
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("name", out _));
        }

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.Status);
    }

    [Fact]
    public async Task the_list_pages_through_many_mails()
    {
        for (var i = 1; i <= 22; i++)
        {
            await SendAsync(new OutgoingMail("f@beispiel.de", $"Mail {i}", "Text"));
        }

        using var second = await JsonAsync("/api/hub/dropped-mails?page=2&pageSize=20", HttpStatusCode.OK);
        var page = await PageAsync("/verwaltung/mails?seite=2", Admin);
        var bad = await SendAsync("/api/hub/dropped-mails?pageSize=1000", Admin);

        Assert.Equal(["Mail 2", "Mail 1"], second.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()));
        Assert.Equal(2, page.Document.QuerySelectorAll("table tbody tr").Length);
        Assert.NotNull(page.Document.QuerySelector(".sr-pager a[rel=prev]"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private async Task SendAsync(OutgoingMail mail) =>
        await Host.Services.GetRequiredService<IMailSender>().SendAsync(mail, TestContext.Current.CancellationToken);

    private async Task<HttpResponseMessage> SendAsync(string url, string? roles)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (roles is not null)
        {
            request.Headers.Add(TestAuthentication.RolesHeader, roles);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<HtmlPage> PageAsync(string url, string roles) => await HtmlPage.FromAsync(await SendAsync(url, roles), url);

    private async Task<JsonDocument> JsonAsync(string url, HttpStatusCode expected)
    {
        var response = await SendAsync(url, Admin);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
