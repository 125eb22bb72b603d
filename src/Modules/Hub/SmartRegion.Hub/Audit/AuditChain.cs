using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// The hash of an entry over a canonical form of all its fields and the previous hash (lower-case hex). Each field is
/// written as its UTF-8 byte length, a colon and the bytes, or <c>~</c> when absent, so no two different entries share
/// a canonical form whatever characters the fields hold. Version 1 is plain SHA-256, which anyone holding the database
/// can recompute after a change; version 2 is HMAC-SHA256 with the audit key, which lives outside the database.
/// </summary>
internal static class AuditChain
{
    public const int Unkeyed = 1;
    public const int Keyed = 2;

    /// <summary>What the first entry chains to.</summary>
    public static readonly string Genesis = new('0', AuditEntry.HashLength);

    private static readonly byte[] Version1 = "smartregion-audit-v1\n"u8.ToArray();
    private static readonly byte[] Version2 = "smartregion-audit-v2\n"u8.ToArray();

    /// <summary>The entry's hash as its version makes it; <paramref name="key"/> is only read for keyed entries.</summary>
    public static string ComputeHash(AuditEntry entry, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Version switch
        {
            Unkeyed => Convert.ToHexStringLower(SHA256.HashData(Canonical(entry))),
            Keyed when key.Length >= AuditKey.MinimumLength => Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(entry))),
            Keyed => throw new InvalidOperationException("A keyed audit entry needs the audit key."),
            _ => throw new InvalidOperationException($"Audit entry {entry.Sequence} has the unknown hash version {entry.Version}."),
        };
    }

    public static byte[] Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        buffer.Write(entry.Version == Unkeyed ? Version1 : Version2);
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
