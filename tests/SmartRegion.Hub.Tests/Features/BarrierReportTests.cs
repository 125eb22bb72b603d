using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class BarrierReportTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Form = "form";

    [Fact]
    public async Task the_form_labels_every_field_and_marks_optional_ones()
    {
        var page = await GetPageAsync("/barriere-melden");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var id in new[] { "feld-page-url", "feld-description", "feld-contact-email" })
        {
            Assert.NotNull(page.Document.QuerySelector($"label[for={id}]"));
            Assert.NotNull(page.Document.GetElementById(id));
        }

        Assert.Contains("(freiwillig)", page.Document.QuerySelector("label[for=feld-contact-email]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("email", page.Document.GetElementById("feld-contact-email")!.GetAttribute("autocomplete"));
    }

    [Fact]
    public async Task sending_the_form_empty_shows_the_error_summary_linked_to_the_field_and_stores_nothing()
    {
        var page = await GetPageAsync("/barriere-melden");

        var response = await page.SubmitAsync(Client, "form[method=post]:not(.sr-language)", new Dictionary<string, string> { ["Model.Description"] = "  " });
        var result = await HtmlPage.FromAsync(response, "/barriere-melden");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Fehler: ", result.Title, StringComparison.Ordinal);
        var link = Assert.Single(result.ErrorSummaryLinks());
        Assert.Equal("feld-description", link.Target);
        Assert.Equal("Bitte beschreiben Sie die Barriere.", link.Text);
        var field = result.Document.GetElementById("feld-description")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("feld-description-fehler", field.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(0, await CountReportsAsync());
    }

    [Fact]
    public async Task a_wrong_email_address_is_explained_and_the_typed_text_is_kept()
    {
        var page = await GetPageAsync("/barriere-melden");

        var response = await page.SubmitAsync(Client, "form[method=post]:not(.sr-language)", new Dictionary<string, string>
        {
            ["Model.Description"] = "Der Knopf ist zu klein.",
            ["Model.ContactEmail"] = "keine-adresse",
        });
        var result = await HtmlPage.FromAsync(response, "/barriere-melden");

        Assert.Equal("feld-contact-email", Assert.Single(result.ErrorSummaryLinks()).Target);
        Assert.Equal("Der Knopf ist zu klein.", result.Document.GetElementById("feld-description")!.TextContent);
        Assert.Equal(0, await CountReportsAsync());
    }

    [Fact]
    public async Task a_valid_report_is_stored_and_redirects_to_the_thank_you_page()
    {
        var page = await GetPageAsync("/barriere-melden?seite=/gemeinden");

        var response = await page.SubmitAsync(Client, "form[method=post]:not(.sr-language)", new Dictionary<string, string>
        {
            ["Model.Description"] = "Die Tabelle lässt sich\nnicht vorlesen.",
            ["Model.ContactEmail"] = "erika@beispiel.de",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/barriere-melden/danke", response.Headers.Location?.AbsolutePath);
        await using var scope = Host.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<HubDb>().BarrierReports.SingleAsync();
        Assert.Equal("/gemeinden", report.PageUrl);
        Assert.Equal("erika@beispiel.de", report.ContactEmail);
        Assert.Contains("nicht vorlesen", report.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_form_post_without_antiforgery_token_is_refused_with_the_error_page_and_stores_nothing()
    {
        var response = await Client.PostAsync(new Uri("/barriere-melden", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "barrier-report",
            ["Model.Description"] = "Angriff",
        }));
        var page = await HtmlPage.FromAsync(response, "/barriere-melden");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Diese Anfrage können wir nicht bearbeiten", page.H1);
        Assert.Equal(0, await CountReportsAsync());
    }

    [Fact]
    public async Task the_api_stores_a_valid_report_and_returns_its_id()
    {
        var response = await Client.PostAsJsonAsync("/api/hub/barrier-reports", new { description = "Kontrast zu schwach", pageUrl = "/" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(Guid.TryParse(body.RootElement.GetProperty("id").GetString(), out _));
        Assert.Equal(1, await CountReportsAsync());
    }

    [Theory]
    [InlineData("""{"description":""}""", "Description")]
    [InlineData("""{"description":"ok","contactEmail":"@@"}""", "ContactEmail")]
    [InlineData("""{"description":"binär\u0000"}""", "Description")]
    public async Task the_api_answers_bad_input_with_a_validation_problem_and_stores_nothing(string json, string field)
    {
        var response = await Client.PostAsync(new Uri("/api/hub/barrier-reports", UriKind.Relative),
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await CountReportsAsync());
    }

    [Fact]
    public async Task the_api_answers_malformed_json_with_a_problem_not_a_server_error()
    {
        var response = await Client.PostAsync(new Uri("/api/hub/barrier-reports", UriKind.Relative),
            new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task only_region_admins_read_the_reports()
    {
        await Client.PostAsJsonAsync("/api/hub/barrier-reports", new { description = "Fokus unsichtbar" });

        var anonymous = await Client.GetAsync(new Uri("/api/hub/barrier-reports", UriKind.Relative));
        var resident = await SendAsRolesAsync("/api/hub/barrier-reports", "resident");
        var admin = await SendAsRolesAsync("/api/hub/barrier-reports", "region-admin");
        var adminPage = await SendAsRolesAsync("/verwaltung/barrieren", "region-admin");
        var anonymousPage = await Client.GetAsync(new Uri("/verwaltung/barrieren", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resident.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Fokus unsichtbar", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        Assert.Contains("Fokus unsichtbar", await adminPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymousPage.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsRolesAsync(string url, string roles)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TestAuthentication.RolesHeader, roles);
        return await Client.SendAsync(request);
    }

    private async Task<int> CountReportsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDb>().BarrierReports.CountAsync();
    }
}
