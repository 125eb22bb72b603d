using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmartRegion.OpenData.Ckan;

/// <summary>How CKAN writes values: timestamps in UTC without an offset and with microseconds, ids of things we do not store as UUIDs.</summary>
internal static class CkanFormat
{
    /// <summary>A CKAN timestamp, e.g. <c>2017-09-29T13:40:22.452066</c> (UTC, no offset, as CKAN writes it).</summary>
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? value) => value is null ? null : Time(value.Value);

    /// <summary>A stable UUID for a thing the catalogue names but does not store as a row (an organisation, a tag, a group).</summary>
    public static Guid StableId(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("smartregion-opendata:" + kind + ":" + key));
        var bytes = hash.AsSpan(0, 16).ToArray();
        // Version 8 (custom), RFC 9562 variant.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
