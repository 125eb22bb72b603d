using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// The hash of an entry: SHA-256 (lower-case hex) over a canonical form of all its fields and the previous hash.
/// Each field is written as its UTF-8 byte length, a colon and the bytes, or <c>~</c> when absent, so no two
/// different entries share a canonical form whatever characters the fields hold.
/// </summary>
internal static class AuditChain
{
    /// <summary>What the first entry chains to.</summary>
    public static readonly string Genesis = new('0', AuditEntry.HashLength);

    private static readonly byte[] Version = "smartregion-audit-v1\n"u8.ToArray();

    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Convert.ToHexStringLower(SHA256.HashData(Canonical(entry)));
    }

    public static byte[] Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        buffer.Write(Version);
        Field(buffer, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(buffer, entry.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Field(buffer, entry.ActorId);
        Field(buffer, entry.ActorName);
        Field(buffer, entry.Action);
        Field(buffer, entry.RecordType);
        Field(buffer, entry.RecordId);
        Field(buffer, entry.MunicipalityAgs);
        Field(buffer, entry.IpAddress);
        Field(buffer, entry.Details);
        Field(buffer, entry.PreviousHash);
        return buffer.ToArray();
    }

    private static void Field(MemoryStream buffer, string? value)
    {
        if (value is null)
        {
            buffer.Write("~\n"u8);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        buffer.Write(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
        buffer.Write(bytes);
        buffer.WriteByte((byte)'\n');
    }
}
