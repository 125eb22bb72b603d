using System.Globalization;
using System.Text;
using SmartRegion.Ui.Components;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// The audit log as CSV (RFC 4180: comma, CRLF, quotes doubled), UTF-8 with a byte order mark so spreadsheet programs
/// read umlauts right. A cell that a spreadsheet would run as a formula gets a leading apostrophe.
/// </summary>
internal static class AuditCsv
{
    private static readonly string[] Header =
    [
        "sequence", "time_utc", "time_berlin", "actor_id", "actor_name", "action", "record_type", "record_id",
        "municipality_ags", "ip_address", "details", "previous_hash", "hash",
    ];

    public static byte[] Write(IEnumerable<ListAuditEntries.Item> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var text = new StringBuilder();
        Row(text, Header);
        foreach (var e in items)
        {
            Row(text,
            [
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                BerlinTime.ToBerlin(e.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                e.ActorId, e.ActorName, e.Action, e.RecordType, e.RecordId, e.MunicipalityAgs, e.IpAddress, e.Details,
                e.PreviousHash, e.Hash,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Row(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Cell(cells[i]));
        }

        text.Append("\r\n");
    }
}
