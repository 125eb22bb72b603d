using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Audit;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class AuditLogTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Admin = "region-admin";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task a_chain_of_several_entries_verifies()
    {
        await AppendAsync(5);

        var status = await VerifyAsync();

        Assert.True(status.IsIntact);
        Assert.Equal(5, status.Entries);
        Assert.Equal("audit log intact: 5 entries", status.Summary);
    }

    [Theory]
    [InlineData("\"Details\" = 'ids: someone else'")]
    [InlineData("\"ActorName\" = 'Niemand'")]
    [InlineData("\"IpAddress\" = '10.0.0.1'")]
    public async Task changing_one_field_of_an_entry_with_sql_is_detected_at_exactly_that_entry(string change)
    {
        await AppendAsync(5);

        await SqlAsync($"UPDATE hub_audit_entries SET {change} WHERE \"Sequence\" = 3");
        var status = await VerifyAsync();

        Assert.False(status.IsIntact);
        Assert.Equal(3, status.BrokenAt);
        Assert.StartsWith("audit log broken at entry 3: ", status.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task rewriting_an_entry_together_with_its_own_hash_is_detected_at_the_entry_after_it()
    {
        await AppendAsync(4);
        var stored = await EntriesAsync();
        // Even someone holding the key cannot rewrite one entry without the next one noticing.
        var forged = AuditEntry.Append(1, stored[0].Hash, new AuditFacts(
            stored[1].At, stored[1].ActorId, stored[1].ActorName, stored[1].Action, stored[1].RecordType, stored[1].RecordId,
            stored[1].MunicipalityAgs, stored[1].IpAddress, "forged"), Host.Services.GetRequiredService<AuditKey>().GetOrCreate());

        await SqlAsync($"UPDATE hub_audit_entries SET \"Details\" = 'forged', \"Hash\" = '{forged.Hash}' WHERE \"Sequence\" = 2");
        var status = await VerifyAsync();

        Assert.False(status.IsIntact);
        Assert.Equal(3, status.BrokenAt);
        Assert.Contains("previous hash", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task deleting_an_entry_is_detected()
    {
        await AppendAsync(5);

        await SqlAsync("DELETE FROM hub_audit_entries WHERE \"Sequence\" = 2");
        var status = await VerifyAsync();

        Assert.False(status.IsIntact);
        Assert.Equal(2, status.BrokenAt);
        Assert.Contains("missing", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task changing_or_deleting_an_entry_through_ef_is_refused()
    {
        await AppendAsync(2);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();

        var entry = await db.Set<AuditEntry>().SingleAsync(e => e.Sequence == 1);
        db.Entry(entry).Property(e => e.Details).CurrentValue = "changed";
        var update = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.Entry(entry).State = EntityState.Unchanged;
        db.Remove(entry);
        var delete = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync()).IsIntact);
        Assert.Equal(2, (await VerifyAsync()).Entries);
    }

    [Fact]
    public async Task twenty_concurrent_appends_produce_one_valid_chain()
    {
        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .RecordAsync(new AuditRecord("people.read", "person", $"p-{i}"), CancellationToken.None);
        })));

        var status = await VerifyAsync();

        Assert.True(status.IsIntact, status.Summary);
        Assert.Equal(20, status.Entries);
    }

    [Fact]
    public async Task an_entry_outside_a_request_is_recorded_as_the_system()
    {
        await AppendAsync(1);

        var entry = Assert.Single(await EntriesAsync());

        Assert.Equal("system", entry.ActorId);
        Assert.Equal("system", entry.ActorName);
        Assert.Null(entry.IpAddress);
    }

    [Fact]
    public async Task the_csv_export_neutralises_a_formula_in_details_and_is_utf8_with_a_bom()
    {
        await RecordAsync(new AuditRecord("people.read", "person", "p-1", Details: "=HYPERLINK(\"http://böse.example\",\"klick\")"));

        var response = await SendAsync("/api/hub/audit-entries?format=csv", Admin);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("sequence,time_utc,time_berlin,actor_id,actor_name,action,record_type,record_id,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://böse.example\"\",\"\"klick\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task the_json_export_round_trips_every_field_of_the_entries()
    {
        await RecordAsync(new AuditRecord("people.read", "person", "p-1", "09679147", "ids: 1"));
        await RecordAsync(new AuditRecord("roles.grant", "person", "p-2", Details: "role=region-admin; \"quoted\" ü"));

        var response = await SendAsync("/api/hub/audit-entries?format=json&pageSize=10", Admin);
        var page = await response.Content.ReadFromJsonAsync<ExportPage>(Json);
        var stored = await EntriesAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page);
        Assert.Equal(2, page.Total);
        Assert.Equal([2L, 1L], page.Items.Select(i => i.Sequence));
        foreach (var item in page.Items)
        {
            var entry = stored.Single(e => e.Sequence == item.Sequence);
            Assert.Equal(
                (entry.At, entry.ActorId, entry.ActorName, entry.Action, entry.RecordType, entry.RecordId, entry.MunicipalityAgs, entry.IpAddress, entry.Details, entry.PreviousHash, entry.Hash),
                (item.At, item.ActorId, item.ActorName, item.Action, item.RecordType, item.RecordId, item.MunicipalityAgs, item.IpAddress, item.Details, item.PreviousHash, item.Hash));
        }
    }

    [Fact]
    public async Task the_api_filters_by_action_record_type_and_berlin_dates()
    {
        await RecordAsync(new AuditRecord("people.read", "person", "p-1"));
        await RecordAsync(new AuditRecord("roles.grant", "role", "r-1"));
        var today = SmartRegion.Ui.Components.BerlinTime.ToBerlin(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var byAction = await ExportAsync("action=roles.grant");
        var byType = await ExportAsync("recordType=person");
        var today1 = await ExportAsync($"from={today}&to={today}");
        var past = await ExportAsync("from=2001-01-01&to=2001-12-31");

        Assert.Equal(["roles.grant"], byAction.Items.Select(i => i.Action));
        Assert.Equal(["people.read"], byType.Items.Select(i => i.Action));
        Assert.True(today1.Total >= 2);
        Assert.Equal(0, past.Total);
    }

    [Theory]
    [InlineData("from=31.03.2026", "from")]
    [InlineData("to=2026-02-30", "to")]
    [InlineData("from=2026-03-02&to=2026-03-01", "to")]
    [InlineData("format=xlsx", "format")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("action=a%00b", "action")]
    public async Task bad_filters_get_a_validation_problem_not_a_server_error(string query, string field)
    {
        var response = await SendAsync("/api/hub/audit-entries?" + query, Admin);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("/api/hub/audit-entries")]
    [InlineData("/api/hub/audit-entries?format=csv")]
    [InlineData("/api/hub/audit-entries/verification")]
    public async Task the_api_refuses_anonymous_people_and_non_admins(string url)
    {
        var anonymous = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var resident = await SendAsync(url, "resident");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resident.StatusCode);
    }

    [Fact]
    public async Task the_page_refuses_anonymous_people_and_non_admins()
    {
        var anonymous = await Client.GetAsync(new Uri("/verwaltung/protokoll", UriKind.Relative));
        var resident = await SendAsync("/verwaltung/protokoll", "resident");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/anmelden", anonymous.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.True(resident.StatusCode is HttpStatusCode.Forbidden
            || (resident.StatusCode == HttpStatusCode.Redirect && resident.Headers.Location?.OriginalString.Contains("/fehler/403", StringComparison.Ordinal) == true),
            $"{resident.StatusCode} {resident.Headers.Location}");
    }

    [Fact]
    public async Task the_page_lists_entries_newest_first_and_shows_the_check_result()
    {
        await RecordAsync(new AuditRecord("people.read", "person", "p-1"));
        await RecordAsync(new AuditRecord("roles.grant", "role", "r-1"));

        var page = await LoadAsAdminAsync("/verwaltung/protokoll?pruefen=1");
        var rows = page.Document.QuerySelectorAll("tbody tr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Protokoll der Zugriffe", page.H1);
        Assert.Equal(2, rows.Length);
        Assert.Contains("roles.grant", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("people.read", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("unversehrt: 2 Einträge", page.Document.QuerySelector(".sr-audit-status")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href^='/api/hub/audit-entries?format=csv']"));
        Assert.NotNull(page.Document.QuerySelector("label[for=feld-from]"));
    }

    [Fact]
    public async Task the_page_reports_a_broken_chain()
    {
        await AppendAsync(3);
        await SqlAsync("UPDATE hub_audit_entries SET \"RecordId\" = 'other' WHERE \"Sequence\" = 2");

        var page = await LoadAsAdminAsync("/verwaltung/protokoll?pruefen=1");

        var status = page.Document.QuerySelector(".sr-audit-status[role=alert]");
        Assert.NotNull(status);
        Assert.Contains("Eintrag 2", status.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_bad_date_on_the_page_shows_the_error_summary_linked_to_the_field()
    {
        var page = await LoadAsAdminAsync("/verwaltung/protokoll?von=gestern");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Fehler: ", page.Title, StringComparison.Ordinal);
        var link = Assert.Single(page.ErrorSummaryLinks());
        Assert.Equal("feld-from", link.Target);
        Assert.NotNull(page.Document.GetElementById("feld-from"));
    }

    [Fact]
    public async Task reading_the_barrier_reports_as_an_admin_records_one_entry_with_actor_and_address()
    {
        await Client.PostAsJsonAsync("/api/hub/barrier-reports", new { description = "Kontrast zu gering", contactEmail = "anna@beispiel.de" });

        var api = await SendAsync("/api/hub/barrier-reports", Admin);
        var afterApi = await EntriesAsync();
        var page = await SendAsync("/verwaltung/barrieren", Admin);
        var afterPage = await EntriesAsync();

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var entry = Assert.Single(afterApi);
        Assert.Equal("barrier-reports.read", entry.Action);
        Assert.Equal("barrier-report", entry.RecordType);
        Assert.Equal("test-person", entry.ActorId);
        Assert.Equal("Test Person", entry.ActorName);
        Assert.Equal("127.0.0.1", entry.IpAddress);
        Assert.DoesNotContain("anna@", entry.Details ?? "", StringComparison.Ordinal);
        Assert.Equal(2, afterPage.Count);
        Assert.All(afterPage, e => Assert.Equal("barrier-reports.read", e.Action));
    }

    [Fact]
    public async Task a_refused_read_of_the_barrier_reports_records_only_the_refusal_and_an_anonymous_one_nothing()
    {
        await SendAsync("/api/hub/barrier-reports", "resident");
        await Client.GetAsync(new Uri("/api/hub/barrier-reports?page=0", UriKind.Relative));

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal("access.denied", entry.Action);
        Assert.Equal("GET /api/hub/barrier-reports", entry.RecordId);
    }

    private sealed record ExportPage(List<ExportItem> Items, int Page, int PageSize, int Total);

    private sealed record ExportItem(
        long Sequence, DateTimeOffset At, string ActorId, string ActorName, string Action, string RecordType, string RecordId,
        string? MunicipalityAgs, string? IpAddress, string? Details, string PreviousHash, string Hash);

    private async Task<ExportPage> ExportAsync(string query)
    {
        var response = await SendAsync("/api/hub/audit-entries?" + query, Admin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExportPage>(Json))!;
    }

    private async Task AppendAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await RecordAsync(new AuditRecord("people.read", "person", $"p-{i}", "09679147", $"entry {i}"));
        }
    }

    private async Task RecordAsync(AuditRecord record)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(record, CancellationToken.None);
    }

    private async Task<AuditChainStatus> VerifyAsync()
    {
        var response = await SendAsync("/api/hub/audit-entries/verification", Admin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AuditChainStatus>(Json))!;
    }

    private Task SqlAsync(string sql) => AuditStore.SqlAsync(Host, sql);

    private Task<List<AuditEntry>> EntriesAsync() => AuditStore.EntriesAsync(Host);

    private async Task<HttpResponseMessage> SendAsync(string url, string roles)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TestAuthentication.RolesHeader, roles);
        return await Client.SendAsync(request);
    }

    private async Task<HtmlPage> LoadAsAdminAsync(string url) => await HtmlPage.FromAsync(await SendAsync(url, Admin), url);
}
