using System.Net.Http.Json;
using Xunit;

namespace SmartRegion.TestKit;

/// <summary>One entry of the region's audit log, as the Hub's API shows it to region admins.</summary>
public sealed record AuditLine(long Sequence, string Action, string RecordType, string RecordId, string? MunicipalityAgs, string? Details);

/// <summary>
/// Reads the audit log the way a region admin does, through <c>/api/hub/audit-entries</c>, so tests of every module check
/// what was recorded without reaching into the Hub's tables. The read is itself recorded (as <c>audit.read</c>).
/// </summary>
public static class AuditTrail
{
    private sealed record Page(List<AuditLine> Items, int Total);

    /// <summary>Every entry, oldest first, optionally only those of one action.</summary>
    public static async Task<IReadOnlyList<AuditLine>> ReadAsync(SmartRegionHost host, string? action = null)
    {
        using var admin = await Personas.SignedInClientAsync(host, Personas.RegionAdmin);
        var lines = new List<AuditLine>();
        for (var page = 1; ; page++)
        {
            var query = $"/api/hub/audit-entries?pageSize=100&page={page}" + (action is null ? "" : "&action=" + Uri.EscapeDataString(action));
            using var response = await admin.GetAsync(new Uri(query, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var read = await response.Content.ReadFromJsonAsync<Page>();
            lines.AddRange(read!.Items);
            if (read.Items.Count == 0 || page * 100 >= read.Total)
            {
                break;
            }
        }

        // Newest first on the page; tests read the story in the order it happened.
        return [.. lines.DistinctBy(l => l.Sequence).OrderBy(l => l.Sequence)];
    }

    /// <summary>The actions recorded on one record, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> ActionsOnAsync(SmartRegionHost host, string recordId) =>
        [.. (await ReadAsync(host)).Where(l => l.RecordId == recordId).Select(l => l.Action)];
}
